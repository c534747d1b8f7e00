// query_indexes.h: indexes that only make reads faster (the order list's filters, the SKU search).
// They hold no data of their own, so they are not part of a schema version: every open makes sure
// they exist, and a database without them is just as valid, only slower to query.
#pragma once

namespace orderhub::store::sqlite {

class Connection;

// Creates whichever of the indexes are missing, in one write transaction; reads only when they
// all exist already (the common case), so opening never waits for a writer then.
void ensure_query_indexes(Connection& connection);

}  // namespace orderhub::store::sqlite
