# boardroom: `make run` to serve the demo, `make test` to run every test. See README.md.
.PHONY: all setup setup-run build run test test-build bench fuzz format format-check clean

BUILD      ?= build
TEST_BUILD ?= build-test
JOBS       ?= $(shell nproc)
LISTEN     ?= 127.0.0.1:8080
DB         ?= data/boardroom.db
# CI builds treat warnings as errors.
WERROR     ?= $(if $(CI),ON,OFF)

all: build

setup:
	@scripts/setup

setup-run:
	@scripts/setup --run

# Release build for running and benchmarks; leaves ./build/boardroom.
build: setup-run
	@cmake -S . -B $(BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOARDROOM_WERROR=$(WERROR) \
	  -DBOARDROOM_TESTS=OFF >/dev/null
	@cmake --build $(BUILD) --target boardroom -j $(JOBS)

run: build
	@mkdir -p $(dir $(DB))
	./$(BUILD)/boardroom serve --demo --db $(DB) --listen $(LISTEN)

# Debug build with AddressSanitizer and UndefinedBehaviorSanitizer, then every test through CTest. -O0 -g1: Beast and
# GoogleTest translation units compile 2.5 times faster than at -O1 -g (measured on server.cc), with line numbers kept
# for sanitizer reports.
test-build: setup
	@cmake -S . -B $(TEST_BUILD) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DBOARDROOM_SANITIZE=ON \
	  -DBOARDROOM_WERROR=$(WERROR) -DCMAKE_CXX_FLAGS_DEBUG="-O0 -g1" >/dev/null
	@cmake --build $(TEST_BUILD) -j $(JOBS)

test: test-build
	@cd $(TEST_BUILD) && ctest --output-on-failure -j $(JOBS) --timeout 600

bench: setup
	@cmake -S . -B build-bench -G Ninja -DCMAKE_BUILD_TYPE=Release -DBOARDROOM_TESTS=OFF -DBOARDROOM_BENCH=ON >/dev/null
	@cmake --build build-bench -j $(JOBS)
	@bench/run

FUZZ_SECONDS ?= 60
fuzz: setup
	@CC=clang CXX=clang++ cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DBOARDROOM_TESTS=OFF \
	  -DBOARDROOM_FUZZ=ON >/dev/null
	@cmake --build build-fuzz --target fuzz_all -j $(JOBS)
	@fuzz/run build-fuzz $(FUZZ_SECONDS)

FORMAT_FILES = $(shell git ls-files 'src/*.cc' 'src/*.h' 'tests/*.cc' 'tests/*.h' 'bench/*.cc' 'fuzz/*.cc')
format:
	@clang-format -i $(FORMAT_FILES)

format-check:
	@clang-format --dry-run --Werror $(FORMAT_FILES)

clean:
	rm -rf $(BUILD) $(TEST_BUILD) build-bench build-fuzz
