# The two commands of the README. Both set up what is missing, build into build/, and run.
BUILD_DIR ?= build
JOBS ?= 2
# Tests run four at a time even on two cores: the long ones mostly wait on timers (Retry-After,
# channel faults, the crash and soak runs), not on the CPU.
TEST_JOBS ?= 4
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=

.PHONY: demo test setup configure build test-sanitize clean

demo: build
	./tests/demo/run-demo.sh "$(BUILD_DIR)"

test: build
	cd "$(BUILD_DIR)" && ctest --output-on-failure -j$(TEST_JOBS)

# Builds the whole test suite a second time with AddressSanitizer and UBSan, and runs it.
test-sanitize: setup
	cmake -S . -B build-sanitize -DCMAKE_BUILD_TYPE=Debug -DORDERHUB_SANITIZE=ON \
	  -DORDERHUB_BUILD_BENCHMARKS=OFF $(CMAKE_FLAGS)
	cmake --build build-sanitize -j$(JOBS)
	cd build-sanitize && ctest --output-on-failure -j$(TEST_JOBS)

setup:
	./cmake/setup-debian.sh

configure: setup
	cmake -S . -B "$(BUILD_DIR)" -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

build: configure
	cmake --build "$(BUILD_DIR)" -j$(JOBS)

clean:
	rm -rf "$(BUILD_DIR)" build-sanitize
