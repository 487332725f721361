# The two commands of the README: `make serve` builds and serves the widget, `make test` runs
# every check. Both first install what is missing (.ci/setup skips what is already there).

SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
export PATH := $(CURDIR)/tools/node_modules/.bin:$(CURDIR)/tests/e2e/node_modules/.bin:$(HOME)/.cargo/bin:$(PATH)
export TRUNK_OFFLINE := true
# wasm-bindgen's runner gives a whole test binary 20 s in the browser by default. browser_widget
# takes 5 s in Chrome and Firefox but 12 to 14 s in WebKit with both cores busy, and a CI run
# failed on it: the limit is for a hung page, not a budget, so it is raised well above.
export WASM_BINDGEN_TEST_TIMEOUT := 180
WASM := --target wasm32-unknown-unknown
PORT ?= 8080

.PHONY: serve test setup lint docs native browser release fresh story-release package size e2e engines screenshots bench

# The story built in: the OpenAI crisis unless STORY names another file (TOML or JSON), e.g.
# `make serve STORY=tests/fixtures/cuban-missile-crisis.toml`. STORY_ORIGINS lists the sites,
# besides their own, whose stories the built pages may show with ?src= (comma-separated).
STORY ?=
export STORY
STORY_ORIGINS ?=
export STORY_ORIGINS
# Where the bundle will be served, for the oEmbed answer's whole addresses (make serve's by default).
PUBLIC_URL ?=
export PUBLIC_URL
# The second story, built in by the end-to-end tests in a folder and a target of its own.
SECOND_STORY := tests/fixtures/cuban-missile-crisis.toml

## Build the widget on its embedded story (or STORY) and serve it on http://127.0.0.1:$(PORT)/
serve: setup
	@echo "serving the widget at http://127.0.0.1:$(PORT)/ (Ctrl-C stops)"
	trunk serve --offline --port $(PORT)

## Every test: lint, native tests, browser tests in Chrome, Firefox and WebKit, release build,
## size, end-to-end in Chromium, and the reader's paths in all three engines
test: setup lint docs native browser release size e2e engines
	@echo "all checks passed"

setup:
	@bash .ci/setup

# Clippy for every crate of the workspace on the host, each without features and with every
# feature; and for wasm32, every crate a wasm is built from (the tools are native only).
lint:
	cargo fmt --all --check
	cargo clippy --workspace --all-targets -- -D warnings
	cargo clippy --workspace --all-targets --all-features -- -D warnings
	cargo clippy --workspace --exclude crisis-tools --all-targets $(WASM) -- -D warnings
	cargo clippy --workspace --exclude crisis-tools --all-targets $(WASM) --all-features -- -D warnings

# The guides as a book (docs/book.toml), into target/book/: a chapter missing from its summary,
# or a summary naming a missing chapter, stops it.
docs:
	mdbook build docs

native:
	cargo test --workspace

browser:
	@echo "== browser tests in headless Chrome =="
	CHROMEDRIVER="$$(command -v chromedriver)" cargo test $(WASM)
	@echo "== browser tests in headless Firefox =="
	GECKODRIVER="$$(command -v geckodriver)" cargo test $(WASM)
	@echo "== browser tests in headless WebKit =="
	.ci/with-webkit cargo test $(WASM)

# In a cargo home that only .ci/setup filled (see .ci/with-setup-cargo-home).
release:
	.ci/with-setup-cargo-home .ci/trunk-release

## The release build as a fresh machine makes it: a cargo home that only .ci/setup filled,
## started from nothing, and an empty target folder (target/fresh, its bundle in target/fresh/dist)
fresh:
	rm -rf target/setup-cargo-home target/fresh
	CARGO_TARGET_DIR=target/fresh .ci/with-setup-cargo-home .ci/trunk-release --dist target/fresh/dist

size: release
	node .ci/size-report dist
	node .ci/wasm-features target/wasm32-unknown-unknown/release/crisis-timeline.wasm
	wasm-bindgen --target web --no-typescript --out-dir target/size-names target/wasm32-unknown-unknown/release/crisis-timeline.wasm
	node .ci/wasm-sizes target/size-names/crisis-timeline_bg.wasm

## The second story built in, as a newsroom builds its own: target/story-dist (without the
## preview page, which does not depend on the story and the first bundle has)
story-release:
	PREVIEW=off STORY=$(SECOND_STORY) CARGO_TARGET_DIR=target/story .ci/with-setup-cargo-home .ci/trunk-release --dist target/story-dist

## The npm package of the built widget, for a front-end project to install (nothing is
## published): target/crisis-timeline-VERSION.tgz
package: release
	node tools/package.mjs dist

e2e: release story-release package
	cd tests/e2e && STORY_DIST=../../target/story-dist node --test --test-concurrency=1 specs/

## The reader's paths through WebDriver, in each engine in turn (WebKit under a virtual display)
engines: release
	cd tests/e2e && ENGINE=chromium node --test engines/
	cd tests/e2e && ENGINE=firefox node --test engines/
	cd tests/e2e && ENGINE=webkit ../../.ci/with-webkit node --test engines/

## Screenshots of the widget at phone and desktop width, light and dark, for the README: in
## Chromium, and in Firefox and WebKit beside it
screenshots: release
	node tests/e2e/screenshots.mjs dist docs/screenshots
	node tests/e2e/screenshots.mjs dist docs/screenshots/corrected agreement
	node tests/e2e/story-screenshots.mjs dist tests/fixtures/valdoria-flood-arabic.toml docs/screenshots/arabic
	node tests/e2e/story-screenshots.mjs dist tests/fixtures/valdoria-flood-japanese.toml docs/screenshots/japanese
	ENGINE=firefox node tests/e2e/engine-screenshots.mjs dist docs/screenshots
	ENGINE=webkit .ci/with-webkit node tests/e2e/engine-screenshots.mjs dist docs/screenshots

## The side-by-side benchmark against TimelineJS, the scale test, autoplay smoothness, a story
## by URL against the same story built in, what a widget down an article costs before the
## reader reaches it, a developing story's update, and both tools on a slow phone (writes
## BENCHMARKS.md)
bench: setup release
	node tests/e2e/bench.mjs dist --runs $(or $(RUNS),10) --out BENCHMARKS.md
	node tests/e2e/bench-story.mjs --runs $(or $(RUNS),10) --out BENCHMARKS.md
	node tests/e2e/bench-deferred.mjs dist --out BENCHMARKS.md
	node tests/e2e/bench-refresh.mjs dist --runs $(or $(RUNS),5) --out BENCHMARKS.md
	node tests/e2e/bench-phone.mjs dist --runs $(or $(RUNS),5) --out BENCHMARKS.md
