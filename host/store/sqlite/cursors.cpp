// cursors.cpp: download cursors in SQLite.
#include <string>

#include "store/sqlite/repositories.h"
#include "store/sqlite/values.h"

namespace orderhub::store::sqlite {

std::optional<domain::DownloadCursor> SqliteCursors::find(const domain::AccountId& account) {
  Statement query = context_.reading().prepare(
      "SELECT account, watermark, run_since, page_token, last_run_at, last_success_at, last_error "
      "FROM download_cursors WHERE account = ?");
  query.bind(account.str());
  if (!query.step()) {
    return std::nullopt;
  }
  return domain::DownloadCursor{
      .account = read_account_id(query, 0),
      .watermark = query.optional_timestamp(1),
      .run_since = query.optional_timestamp(2),
      .page_token = query.optional_text(3),
      .last_run_at = query.optional_timestamp(4),
      .last_success_at = query.optional_timestamp(5),
      .last_error = query.text(6),
  };
}

void SqliteCursors::save(const domain::DownloadCursor& cursor) {
  Connection& connection = context_.writing("saving a download cursor");
  require_known_account(connection, cursor.account, "saving a download cursor");
  Statement upsert = connection.prepare(
      "INSERT INTO download_cursors "
      "(account, watermark, run_since, page_token, last_run_at, last_success_at, last_error) "
      "VALUES (?, ?, ?, ?, ?, ?, ?) "
      "ON CONFLICT (account) DO UPDATE SET watermark = excluded.watermark, "
      "run_since = excluded.run_since, page_token = excluded.page_token, "
      "last_run_at = excluded.last_run_at, last_success_at = excluded.last_success_at, "
      "last_error = excluded.last_error");
  upsert.bind(cursor.account.str(), cursor.watermark, cursor.run_since, cursor.page_token,
              cursor.last_run_at, cursor.last_success_at, cursor.last_error);
  upsert.run("saving the download cursor of account \"" + cursor.account.str() + "\"");
}

}  // namespace orderhub::store::sqlite
