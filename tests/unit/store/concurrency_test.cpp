// concurrency_test.cpp: concurrent imports of the same orders, from threads and from separate
// processes, create each order exactly once and never surface "database is locked".
#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <fstream>
#include <iostream>
#include <mutex>
#include <thread>

#include "store/sqlite/migrations.h"
#include "store/store.h"
#include "store_test_support.h"

namespace orderhub::store {
namespace {

using testing::account_id;

constexpr int kOrders = 40;
constexpr int kPageSize = 5;

// Imports orders 1..kOrders in pages of kPageSize, one write transaction per page, in ascending or
// descending order, and returns how many this caller inserted.
int import_all(Store& store, bool descending) {
  std::vector<int> numbers(kOrders);
  for (int index = 0; index < kOrders; ++index) {
    numbers[index] = descending ? kOrders - index : index + 1;
  }
  int inserted = 0;
  for (int start = 0; start < kOrders; start += kPageSize) {
    in_write_transaction(store, [&](Transaction& transaction) {
      for (int index = start; index < start + kPageSize; ++index) {
        const domain::Order order =
            testing::sample_order(account_id("shop"), "order-" + std::to_string(numbers[index]));
        if (transaction.orders().upsert_imported(order).outcome == UpsertOutcome::inserted) {
          ++inserted;
        }
      }
    });
  }
  return inserted;
}

void expect_each_order_once(Store& store) {
  std::unique_ptr<Transaction> reading = store.begin_read();
  EXPECT_EQ(reading->orders().count({}), kOrders);
  for (int number = 1; number <= kOrders; ++number) {
    EXPECT_TRUE(
        reading->orders()
            .find(account_id("shop"), testing::channel_order_id("order-" + std::to_string(number)))
            .has_value())
        << number;
  }
  EXPECT_TRUE(store.check_integrity().empty());
}

// Runs two importers on threads; each gets its store from store_for(worker).
template <class StoreFor>
void run_two_threads(StoreFor store_for, std::atomic<int>& inserted,
                     std::vector<std::string>& errors) {
  std::mutex errors_mutex;
  auto worker = [&](int number) {
    try {
      inserted += import_all(store_for(number), number == 1);
    } catch (const std::exception& error) {
      std::lock_guard lock(errors_mutex);
      errors.push_back(error.what());
    }
  };
  std::thread first(worker, 0);
  std::thread second(worker, 1);
  first.join();
  second.join();
}

TEST(ConcurrentImport, TwoThreadsSharingAStoreCreateEachOrderOnce) {
  testing::TemporaryDirectory directory;
  std::unique_ptr<Store> store = open_store(directory.file("orderhub.db"));
  testing::add_account(*store, "shop");

  std::atomic<int> inserted{0};
  std::vector<std::string> errors;
  run_two_threads([&](int) -> Store& { return *store; }, inserted, errors);

  EXPECT_EQ(errors, std::vector<std::string>{});
  EXPECT_EQ(inserted.load(), kOrders);
  expect_each_order_once(*store);
}

TEST(ConcurrentImport, TwoThreadsWithTheirOwnStoresCreateEachOrderOnce) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  std::unique_ptr<Store> stores[2] = {open_store(path), open_store(path)};
  testing::add_account(*stores[0], "shop");

  std::atomic<int> inserted{0};
  std::vector<std::string> errors;
  run_two_threads([&](int number) -> Store& { return *stores[number]; }, inserted, errors);

  EXPECT_EQ(errors, std::vector<std::string>{});
  EXPECT_EQ(inserted.load(), kOrders);
  expect_each_order_once(*stores[1]);
}

// The body of a child process: waits for the start signal, opens the store on its own, imports,
// and writes how many orders it inserted to result_path. Never returns.
[[noreturn]] void run_child(const std::string& path, int start_signal, bool descending,
                            const std::string& result_path) {
  int exit_code = 0;
  try {
    char go = 0;
    if (read(start_signal, &go, 1) < 0) {
      throw std::runtime_error("waiting for the start signal failed");
    }
    std::unique_ptr<Store> store = open_store(path);
    const int inserted = import_all(*store, descending);
    std::ofstream(result_path) << inserted;
  } catch (const std::exception& error) {
    std::cerr << "child importer failed: " << error.what() << "\n";
    exit_code = 1;
  }
  _exit(exit_code);
}

TEST(ConcurrentImport, TwoProcessesCreateEachOrderOnce) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("orderhub.db");
  {
    std::unique_ptr<Store> store = open_store(path);
    testing::add_account(*store, "shop");
  }  // closed: a child must never use a connection opened before the fork

  int start_pipe[2];
  ASSERT_EQ(pipe(start_pipe), 0);
  pid_t children[2];
  for (int number = 0; number < 2; ++number) {
    children[number] = fork();
    ASSERT_GE(children[number], 0);
    if (children[number] == 0) {
      close(start_pipe[1]);
      run_child(path, start_pipe[0], number == 1,
                directory.file("inserted-" + std::to_string(number)));
    }
  }
  close(start_pipe[0]);
  const char go[2] = {'g', 'g'};
  ASSERT_EQ(write(start_pipe[1], go, 2), 2);
  close(start_pipe[1]);

  int inserted = 0;
  for (int number = 0; number < 2; ++number) {
    int status = 0;
    ASSERT_EQ(waitpid(children[number], &status, 0), children[number]);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0) << "child " << number << " failed (see its stderr)";
    int child_inserted = 0;
    std::ifstream(directory.file("inserted-" + std::to_string(number))) >> child_inserted;
    inserted += child_inserted;
  }
  EXPECT_EQ(inserted, kOrders);
  std::unique_ptr<Store> store = open_store(path);
  expect_each_order_once(*store);
}

TEST(ConcurrentImport, TwoProcessesOpeningAFreshFileCreateTheSchemaOnce) {
  testing::TemporaryDirectory directory;
  const std::string path = directory.file("fresh/orderhub.db");
  pid_t children[2];
  for (pid_t& child : children) {
    child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      int exit_code = 0;
      try {
        open_store(path);
      } catch (const std::exception& error) {
        std::cerr << "child failed to open: " << error.what() << "\n";
        exit_code = 1;
      }
      _exit(exit_code);
    }
  }
  for (pid_t child : children) {
    int status = 0;
    ASSERT_EQ(waitpid(child, &status, 0), child);
    ASSERT_TRUE(WIFEXITED(status));
    EXPECT_EQ(WEXITSTATUS(status), 0);
  }
  std::unique_ptr<Store> store = open_store(path);
  EXPECT_EQ(store->schema_version(), sqlite::latest_schema_version());
  EXPECT_TRUE(store->check_integrity().empty());
}

}  // namespace
}  // namespace orderhub::store
