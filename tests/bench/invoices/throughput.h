// What one timed run measured, and the process CPU clocks it is read from.
#pragma once

#include <sys/resource.h>

namespace orderhub::bench {

struct Throughput {
  int threads = 1;  // threads (plugins) or processes at once (peers)
  int invoices = 0;
  double wall_seconds = 0;
  // CPU time of the renders, every thread and child included: on a busy machine the wall clock
  // also counts the time other processes held the CPUs, this does not.
  double cpu_seconds = 0;

  double invoices_per_second() const { return invoices / wall_seconds; }
  double wall_ms_per_invoice() const { return 1000.0 * wall_seconds / invoices; }
  double cpu_ms_per_invoice() const { return 1000.0 * cpu_seconds / invoices; }
};

enum class CpuOf { this_process = RUSAGE_SELF, waited_children = RUSAGE_CHILDREN };

inline double cpu_seconds(CpuOf whose) {
  rusage usage{};
  getrusage(static_cast<int>(whose), &usage);
  const auto seconds = [](const timeval& time) {
    return static_cast<double>(time.tv_sec) + static_cast<double>(time.tv_usec) / 1e6;
  };
  return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

}  // namespace orderhub::bench
