# taldau: `make run` analyses the bundled sample article; `make test` runs the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: run test bench bench-check data clean browser

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install -q -e .
	# an editable install leaves bytecode to the first import, which PYTHONDONTWRITEBYTECODE forbids: every start-up
	# would compile the package again (0.4 s of CPU); write it once, as a regular install does
	$(BIN)/python -m compileall -q src
	touch $@

$(VENV)/.dev: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

$(VENV)/.bench: $(VENV)/.installed
	$(BIN)/pip install -q -e '.[bench]'
	# turkic-translit's declared dependencies pull torch and CUDA; its transliterator needs only pyicu
	$(BIN)/pip install -q --no-deps turkic-translit pyicu-wheels
	touch $@

run: $(VENV)/.installed
	$(BIN)/taldau analyze samples/economy.txt --format html --output report.html

# The browser tests drive Debian's Chromium; CI (and root) install it, elsewhere those tests skip
test: $(VENV)/.dev
	if [ -n "$$CI" ] || [ "$$(id -u)" = 0 ]; then $(MAKE) browser; fi
	$(BIN)/python -m pytest

browser:
	test -x /usr/bin/chromium || (apt-get update && apt-get install -y --no-install-recommends chromium)

bench: $(VENV)/.bench
	for script in bench/[a-z]*.py; do name=$$(basename $$script .py); case $$name in common|report|unimorph_rows|conll18|syntax_udpipe) ;; *) $(BIN)/python -m bench.$$name || exit 1;; esac; done
	$(BIN)/python -m bench.report

# Quick floors of the benchmarks (< 5 min): exits non-zero below a floor, skips without ../shared/data
bench-check: $(VENV)/.bench
	$(BIN)/python -m bench.segment --check
	for bench in "stances --part dev test" "numbers --part dev" ner langid keyterms translit morph tagger memory; do \
		TALDAU_BENCH_CHECK=1 $(BIN)/python -m bench.$$bench > /dev/null || { echo "bench.$$bench: below a floor"; exit 1; }; \
		echo "bench.$$bench: floors met"; done

# Rebuild the compiled data from ../shared/data with the offline scripts of tools/ (the results are committed;
# see each meta.json). The NER model is retrained apart: python -m tools.ner.train --parts train dev
data: $(VENV)/.installed
	test -f /usr/share/hunspell/kk_KZ.dic || (apt-get update && apt-get install -y hunspell hunspell-kk)
	$(BIN)/python -m tools.segment.build_compounds
	$(BIN)/python -m tools.translit.build
	$(BIN)/python -m tools.langid.build
	$(BIN)/python -m tools.morph.build
	$(BIN)/python -m tools.ner.build_lexicon
	$(BIN)/python -m tools.ner.build_clusters
	$(BIN)/python -m tools.ner.compile
	$(BIN)/python -m tools.tagger.compile
	$(BIN)/python -m tools.keyterms.build

clean:
	rm -rf $(VENV) report.html .pytest_cache
