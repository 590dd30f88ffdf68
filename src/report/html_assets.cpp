#include "report/html_assets.h"

namespace driftcheck {
namespace {

constexpr std::string_view kStyle = R"CSS(
:root { --critical: #b00020; --major: #c2410c; --minor: #a16207; --info: #1d4ed8;
  --omitted: #fde8e8; --added: #e6f4ea; --moved: #7c3aed; --line: #d8dde3; --muted: #5f6b7a; }
* { box-sizing: border-box; }
[hidden] { display: none !important; }
body { margin: 0; font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: #1f2328; background: #fff; }
header.summary { padding: 16px 24px 8px; border-bottom: 1px solid var(--line); }
h1 { font-size: 20px; margin: 0 0 6px; font-weight: 600; overflow-wrap: anywhere; }
h1 small { font-weight: 400; color: var(--muted); }
.verdict { display: inline-block; padding: 1px 10px; border-radius: 4px; color: #fff;
  margin-right: 8px; letter-spacing: .04em; }
.verdict.fail { background: var(--critical); } .verdict.pass { background: #1a7f37; }
.counts { margin: 4px 0; display: flex; flex-wrap: wrap; gap: 8px; }
.count { padding: 1px 8px; border-radius: 10px; border: 1px solid currentColor; font-size: 13px; }
.count.zero { opacity: .45; }
.beads { margin: 4px 0; color: var(--muted); font-size: 13px; }
nav.toolbar { display: none; position: sticky; top: 0; z-index: 2; background: #f6f8fa;
  border-bottom: 1px solid var(--line); padding: 6px 24px; font-size: 13px; }
.js nav.toolbar { display: flex; flex-wrap: wrap; gap: 6px 18px; align-items: center; }
nav fieldset { border: 0; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 2px 10px; }
nav legend { float: left; font-weight: 600; margin-right: 6px; }
nav label { white-space: nowrap; cursor: pointer; }
nav .n { color: var(--muted); }
.keys { color: var(--muted); } kbd { border: 1px solid var(--line); border-radius: 3px;
  padding: 0 4px; background: #fff; font-size: 12px; }
#status { margin-left: auto; color: var(--muted); }
main { padding: 8px 24px 40px; }
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
details.boilerplate { border-bottom: 1px solid var(--line); color: var(--muted); }
details.boilerplate > summary { cursor: pointer; padding: 4px 8px; font-size: 13px; }
details.boilerplate .row { font-size: 13px; }
section.other { margin-top: 16px; }
h2 { font-size: 16px; }
@media (max-width: 720px) { .heads, .pair { grid-template-columns: 1fr; } }
@media print {
  body { font-size: 10pt; }
  nav.toolbar, .js nav.toolbar, .keys, .sid { display: none; }
  header.summary, main { padding-left: 0; padding-right: 0; }
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
  var findings = Array.prototype.slice.call(document.querySelectorAll('.finding'));
  var boxes = document.querySelectorAll('input[data-filter]');
  var onlyRows = document.getElementById('only-findings');
  var status = document.getElementById('status');
  var current = null;

  function checked(kind) {
    var set = {};
    each(boxes, function (b) { if (b.dataset.filter === kind && b.checked) set[b.value] = true; });
    return set;
  }

  function apply() {
    var sev = checked('severity'), cat = checked('category'), shown = {}, n = 0;
    findings.forEach(function (f) {
      var on = sev[f.dataset.severity] === true && cat[f.dataset.category] === true;
      f.hidden = !on;
      if (on) { shown[f.id] = true; n += 1; }
    });
    each(document.querySelectorAll('mark[data-f]'), function (m) {
      var any = m.dataset.f.split(' ').some(function (id) { return shown[id] === true; });
      m.classList.toggle('off', !any);
    });
    each(document.querySelectorAll('.row'), function (r) {
      var visible = Array.prototype.some.call(r.querySelectorAll('.finding'),
        function (f) { return !f.hidden; });
      r.hidden = onlyRows !== null && onlyRows.checked && !visible;
    });
    each(document.querySelectorAll('details.boilerplate'), function (d) {
      d.hidden = !Array.prototype.some.call(d.querySelectorAll('.row'),
        function (r) { return !r.hidden; });
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

  function step(by) {
    var list = reachable();
    if (list.length === 0) { status.textContent = 'no findings shown'; return; }
    var i = current === null ? -1 : list.indexOf(current);
    if (i < 0) i = by > 0 ? -1 : list.length;
    activate(list[(i + by + list.length) % list.length]);
  }

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
  apply();
})();
)JS";

}  // namespace

std::string_view html_report_style() { return kStyle; }
std::string_view html_report_script() { return kScript; }

}  // namespace driftcheck
