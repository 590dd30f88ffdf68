#include "report/html_assets.h"

namespace driftcheck {
namespace {

constexpr std::string_view kStyle = R"CSS(
:root { --critical: #b00020; --major: #c2410c; --minor: #a16207; --info: #1d4ed8;
  --omitted: #fde8e8; --added: #e6f4ea; --moved: #7c3aed; --line: #d8dde3; --muted: #5f6b7a;
  --pad: 24px; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #fff; }
header.summary { padding: 16px var(--pad) 6px; }
h1 { font-size: 20px; margin: 0 0 4px; font-weight: 600; overflow-wrap: anywhere; }
.verdict { display: inline-block; padding: 1px 10px; border-radius: 4px; color: #fff;
  margin-right: 4px; letter-spacing: .04em; }
.verdict.v-fail { background: var(--critical); } .verdict.v-pass { background: #1a7f37; }
.verdict.v-ungated { background: #eaeef2; color: #1f2328; border: 1px solid #afb8c1; }
.sep { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
.files { margin: 0; overflow-wrap: anywhere; }
.files small { color: var(--muted); font-size: inherit; }
.beads { margin: 2px 0; color: var(--muted); font-size: 13px; }
nav.toolbar { position: sticky; top: 0; z-index: 2; background: #f6f8fa; display: flex;
  flex-wrap: wrap; gap: 6px 16px; align-items: center; border-top: 1px solid var(--line);
  border-bottom: 1px solid var(--line); padding: 6px var(--pad); font-size: 13px; }
html:not(.js) .js-only { display: none; }
.counts { display: flex; flex-wrap: wrap; gap: 6px; }
.count { font: inherit; padding: 1px 10px; border-radius: 12px; border: 1px solid currentColor;
  background: #fff; }
.count.s-critical { color: var(--critical); } .count.s-major { color: var(--major); }
.count.s-minor { color: var(--minor); } .count.s-info { color: var(--info); }
.count.zero { opacity: .45; }
.js .count:not(:disabled) { cursor: pointer; }
.js .count[aria-pressed="true"] { color: #fff; font-weight: 600; }
.js .count.s-critical[aria-pressed="true"] { background: var(--critical);
  border-color: var(--critical); }
.js .count.s-major[aria-pressed="true"] { background: var(--major); border-color: var(--major); }
.js .count.s-minor[aria-pressed="true"] { background: var(--minor); border-color: var(--minor); }
.js .count.s-info[aria-pressed="true"] { background: var(--info); border-color: var(--info); }
.js .count[aria-pressed="false"] { border-style: dashed; text-decoration: line-through; }
.js .count.zero[aria-pressed] { color: var(--muted); background: #fff; border-color: var(--line);
  font-weight: 400; text-decoration: none; }
.count:focus-visible, details > summary:focus-visible, .top a:focus-visible {
  outline: 2px solid #0969da; outline-offset: 2px; }
details.cats { position: relative; }
details.cats > summary { cursor: pointer; padding: 1px 10px; border: 1px solid var(--line);
  border-radius: 12px; background: #fff; }
details.cats fieldset { position: absolute; top: calc(100% + 4px); left: 0; z-index: 3;
  width: min(560px, 90vw); margin: 0; padding: 8px 12px; background: #fff;
  border: 1px solid var(--line); border-radius: 6px; box-shadow: 0 4px 12px rgba(0,0,0,.12); }
details.cats legend { float: left; width: 100%; font-weight: 600; margin-bottom: 4px; }
details.cats label { display: inline-block; min-width: 160px; }
nav label { white-space: nowrap; cursor: pointer; }
nav .n { color: var(--muted); }
.keys { color: var(--muted); } kbd { border: 1px solid var(--line); border-radius: 3px;
  padding: 0 4px; background: #fff; font-size: 12px; }
#status { margin-left: auto; color: var(--muted); }
.top { padding: 6px var(--pad); border-bottom: 1px solid var(--line); font-size: 14px; }
.top.none { margin: 0; color: var(--muted); }
details.top > summary { cursor: pointer; font-weight: 600; }
.top ol { margin: 4px 0 0; padding: 0; list-style: none; columns: 2 520px; column-gap: 32px; }
.top li { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; break-inside: avoid;
  line-height: 1.75; }
.top a { color: inherit; text-decoration: none; }
.top a:hover { text-decoration: underline; }
.more { margin: 2px 0 4px; color: var(--muted); }
main { padding: 8px var(--pad) 40px; }
.heads, .pair { display: grid; grid-template-columns: 1fr 1fr; gap: 0 16px; }
.heads { font-weight: 600; border-bottom: 2px solid var(--line); padding: 4px 0;
  overflow-wrap: anywhere; }
.row { border-bottom: 1px solid var(--line); padding: 4px 0; }
.cell { padding: 2px 8px; border-left: 3px solid transparent; overflow-wrap: anywhere; }
.sent { display: block; }
.sid { color: var(--muted); font-size: 11px; margin-right: 6px; user-select: none;
  font-variant-numeric: tabular-nums; }
.tag { display: inline-block; font-size: 11px; font-weight: 600; text-transform: uppercase;
  letter-spacing: .04em; padding: 0 6px; border-radius: 3px; margin-right: 6px; }
.k-omitted .o { background: var(--omitted); border-left-color: var(--critical); }
.k-added .r { background: var(--added); border-left-color: #1a7f37; }
.k-moved .cell { border-left-color: var(--moved); }
.tag.omitted { background: var(--critical); color: #fff; }
.tag.added { background: #1a7f37; color: #fff; }
.tag.moved { background: var(--moved); color: #fff; }
.tag.unaligned { background: var(--muted); color: #fff; }
.none { color: var(--muted); font-style: italic; }
.score { float: right; color: var(--muted); font-size: 11px; }
.chg { background: #eef1f4; border-bottom: 1px dotted var(--muted); }
mark.f { background: #fff1c2; border-bottom: 2px solid var(--minor); padding: 0 1px;
  cursor: pointer; color: inherit; }
mark.s-critical { background: #fbd5da; border-bottom-color: var(--critical); }
mark.s-major { background: #fde2cf; border-bottom-color: var(--major); }
mark.s-info { background: #dbe7fb; border-bottom-color: var(--info); }
mark.off { background: none; border-bottom: 0; cursor: auto; }
.findings { margin: 4px 0 2px; padding: 0; list-style: none; }
.finding { margin: 3px 0 3px 8px; padding: 3px 8px; border-left: 4px solid var(--info);
  background: #f9fafb; border-radius: 0 4px 4px 0; outline: none; }
.finding.s-critical { border-left-color: var(--critical); }
.finding.s-major { border-left-color: var(--major); }
.finding.s-minor { border-left-color: var(--minor); }
.finding.current { box-shadow: 0 0 0 2px #0969da; }
.badge { display: inline-block; font-size: 11px; font-weight: 600; padding: 0 6px;
  border-radius: 3px; margin-right: 4px; vertical-align: 1px; }
.badge.sev { color: #fff; text-transform: uppercase; }
.badge.s-critical { background: var(--critical); } .badge.s-major { background: var(--major); }
.badge.s-minor { background: var(--minor); } .badge.s-info { background: var(--info); }
.badge.cat { background: #eaeef2; color: #1f2328; }
.fid { color: var(--muted); font-size: 12px; margin-right: 6px; text-decoration: none; }
.ex { color: var(--muted); margin-left: 6px; }
.ex del { color: var(--critical); } .ex ins { color: #1a7f37; text-decoration: none; }
.ev { color: var(--muted); font-size: 12px; margin-left: 6px; }
details.chrome { border-bottom: 1px solid var(--line); color: var(--muted); font-size: 13px; }
details.chrome > summary { cursor: pointer; padding: 3px 8px; }
details.chrome .row { border-bottom-style: dashed; }
details.chrome .tag { background: #eaeef2; color: var(--muted); }
details.chrome .cell { background: none; border-left-color: transparent; }
details.chrome .finding { border-left-color: var(--line); }
section.other { margin-top: 16px; }
h2 { font-size: 16px; }
@media (max-width: 720px) {
  :root { --pad: 10px; }
  body { font-size: 14px; }
  h1 { font-size: 17px; }
  .heads, .pair { grid-template-columns: 1fr; }
  nav.toolbar { position: static; gap: 4px 10px; padding-top: 4px; padding-bottom: 4px; }
  .keys { display: none; }
  #status { margin-left: 0; }
  .count { padding: 0 8px; }
  .top ol { columns: auto; }
  .top .fid, .top .badge.sev { display: none; }
  .top li { border-left: 3px solid var(--info); padding-left: 6px; }
  .top li.s-critical { border-left-color: var(--critical); }
  .top li.s-major { border-left-color: var(--major); }
}
@media print {
  body { font-size: 10pt; }
  nav.toolbar, .keys, .sid { display: none; }
  header.summary, main, .top { padding-left: 0; padding-right: 0; }
  .row, .finding { break-inside: avoid; }
  .heads { position: static; }
  .verdict, .badge, .tag, mark.f, .k-omitted .o, .k-added .r, .chg {
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .finding.current { box-shadow: none; }
  a { color: inherit; text-decoration: none; }
}
)CSS";

constexpr std::string_view kScript = R"JS(
(function () {
  'use strict';
  var root = document.documentElement;
  root.classList.add('js');
  var each = function (list, fn) { Array.prototype.forEach.call(list, fn); };
  var some = function (list, fn) { return Array.prototype.some.call(list, fn); };
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var pills = document.querySelectorAll('button[data-severity]');
  var boxes = document.querySelectorAll('input[data-filter="category"]');
  var onlyRows = document.getElementById('only-findings');
  var status = document.getElementById('status');
  var current = null;

  function wanted() {
    var sev = {}, cat = {};
    each(pills, function (p) {
      if (p.getAttribute('aria-pressed') === 'true') sev[p.dataset.severity] = true;
    });
    each(boxes, function (b) { if (b.checked) cat[b.value] = true; });
    return { sev: sev, cat: cat };
  }

  function apply() {
    var w = wanted(), shown = {}, n = 0;
    findings.forEach(function (f) {
      var on = w.sev[f.dataset.severity] === true && w.cat[f.dataset.category] === true;
      f.hidden = !on;
      if (on) { shown[f.id] = true; n += 1; }
    });
    each(document.querySelectorAll('mark[data-f]'), function (m) {
      var any = m.dataset.f.split(' ').some(function (id) { return shown[id] === true; });
      m.classList.toggle('off', !any);
    });
    each(document.querySelectorAll('.row'), function (r) {
      var visible = some(r.querySelectorAll('.finding'), function (f) { return !f.hidden; });
      r.hidden = onlyRows !== null && onlyRows.checked && !visible;
    });
    each(document.querySelectorAll('details.chrome'), function (d) {
      d.hidden = !some(d.querySelectorAll('.row'), function (r) { return !r.hidden; });
    });
    if (current !== null && current.hidden) { current.classList.remove('current'); current = null; }
    status.textContent = n + ' of ' + findings.length + ' findings shown';
  }

  function reachable() {
    return findings.filter(function (f) { return !f.hidden && f.closest('.row[hidden]') === null; });
  }

  function activate(f) {
    if (current !== null) current.classList.remove('current');
    current = f;
    var d = f.closest('details');
    if (d !== null) d.open = true;
    f.classList.add('current');
    f.focus({ preventScroll: true });
    f.scrollIntoView({ block: 'center' });
    var list = reachable();
    status.textContent = 'finding ' + (list.indexOf(f) + 1) + ' of ' + list.length + ': ' + f.id;
  }

  // A link to a finding the filters hide turns those filters back on rather than going nowhere.
  function reveal(f) {
    each(pills, function (p) {
      if (p.dataset.severity === f.dataset.severity) p.setAttribute('aria-pressed', 'true');
    });
    each(boxes, function (b) { if (b.value === f.dataset.category) b.checked = true; });
    apply();
    activate(f);
  }

  function step(by) {
    var list = reachable();
    if (list.length === 0) { status.textContent = 'no findings shown'; return; }
    var i = current === null ? -1 : list.indexOf(current);
    if (i < 0) i = by > 0 ? -1 : list.length;
    activate(list[(i + by + list.length) % list.length]);
  }

  each(pills, function (p) {
    p.addEventListener('click', function () {
      p.setAttribute('aria-pressed', p.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
      apply();
    });
  });
  each(boxes, function (b) { b.addEventListener('change', apply); });
  if (onlyRows !== null) onlyRows.addEventListener('change', apply);
  document.addEventListener('keydown', function (e) {
    if (e.ctrlKey || e.metaKey || e.altKey || e.defaultPrevented) return;
    var by = (e.key === 'j' || e.key === 'n') ? 1 : (e.key === 'k' || e.key === 'p') ? -1 : 0;
    if (by === 0) return;
    e.preventDefault();
    step(by);
  });
  each(document.querySelectorAll('mark[data-f]'), function (m) {
    m.addEventListener('click', function () {
      var f = document.getElementById(m.dataset.f.split(' ')[0]);
      if (f !== null && !f.hidden) activate(f);
    });
  });
  each(document.querySelectorAll('.top a[href^="#"]'), function (a) {
    a.addEventListener('click', function (e) {
      var f = document.getElementById(a.getAttribute('href').slice(1));
      if (f === null) return;
      e.preventDefault();
      reveal(f);
    });
  });
  apply();
  var target = location.hash.length > 1 ? document.getElementById(location.hash.slice(1)) : null;
  if (target !== null && target.classList.contains('finding')) reveal(target);
})();
)JS";

}  // namespace

std::string_view html_report_style() { return kStyle; }
std::string_view html_report_script() { return kScript; }

}  // namespace driftcheck
