# Entry points; see README.md. Every target that builds runs `deps` first, so each
# works on a fresh Debian 12 machine.
BUILD ?= build
JOBS ?= $(shell nproc)
CMAKE_FLAGS ?=
PACKAGES = build-essential cmake pkg-config python3 libicu-dev libdtl-dev catch2 libstemmer-dev \
           wordnet-base libaiksaurus-1.2-data libcli11-dev nlohmann-json3-dev libfmt-dev \
           libtomlplusplus-dev libcld2-dev zlib1g-dev $(DICTIONARIES)
# Bilingual dictionaries for aligning a translation with its original: read at run time when
# present (the aligner works without them, better with them). English-German and
# German-English are also build inputs: src/lexicon compiles them into the German pivot table.
DICTIONARIES = dict-freedict-eng-deu dict-freedict-deu-eng dict-freedict-eng-rus dict-freedict-eng-fra \
               dict-freedict-fra-eng
# Only for the project's own tests: clang for the sanitizer and fuzz builds, Chromium for the
# HTML report's browser test, the schema validators, git and pre-commit for the hook tests,
# zsh and fish to load their completions. A user who builds and runs driftcheck needs none.
DEV_PACKAGES = clang libclang-rt-14-dev chromium python3-jsonschema libxml2-utils git pre-commit \
               zsh fish
PAIR = corpora/cnn-alabuga
PREFIX ?= /usr/local

.PHONY: all deps deps-dev build test install demo bench fuzz format clean

all: build

deps:
	@if dpkg -s $(PACKAGES) >/dev/null 2>&1; then echo "deps: all packages present"; else \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(PACKAGES); fi

deps-dev: deps
	@if dpkg -s $(DEV_PACKAGES) >/dev/null 2>&1; then echo "deps-dev: all packages present"; else \
	  apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends $(DEV_PACKAGES); fi

$(BUILD)/CMakeCache.txt:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

test: deps-dev build
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

# The binary, its man page and the bash, zsh and fish completions under $(PREFIX).
install: build
	cmake --install $(BUILD) --prefix $(PREFIX)

demo: deps build
	$(BUILD)/driftcheck check $(PAIR)/original.txt $(PAIR)/rendition.txt --fail-on never --no-color | head -n 40
	$(BUILD)/driftcheck check $(PAIR)/original.txt $(PAIR)/rendition.txt --fail-on never --format html -o $(BUILD)/demo-report.html
	$(BUILD)/driftcheck check $(PAIR)/original.txt $(PAIR)/rendition.txt --fail-on never --format json -o $(BUILD)/demo-report.json
	@echo "demo: reports written to $(BUILD)/demo-report.html and $(BUILD)/demo-report.json"

# Whole-process speed against an ICU-only floor and dwdiff (tests/bench/process_bench.py);
# BENCH_FLAGS=--big adds the 100,000-sentence rows (minutes), --only check,batch picks rows.
BENCH_FLAGS ?=
bench: deps build
	python3 tests/bench/process_bench.py --build $(BUILD) $(BENCH_FLAGS)

# libFuzzer targets (tests/fuzz/) built with clang into $(FUZZ_BUILD), each run for
# FUZZ_SECONDS; new inputs in $(FUZZ_BUILD)/fuzz-corpus, crashes in $(FUZZ_BUILD)/fuzz-artifacts.
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
fuzz: deps-dev
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_C_COMPILER=clang \
	  -DCMAKE_CXX_COMPILER=clang++ -DDRIFTCHECK_TESTS=ON -DDRIFTCHECK_FUZZ=ON
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_targets
	tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

format:
	clang-format -i $$(git ls-files '*.cpp' '*.h')

clean:
	rm -rf $(BUILD)
