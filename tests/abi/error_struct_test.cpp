// error_struct_test.cpp: how the SDK fills a caller's orderhub_error: always valid, NUL-terminated
// UTF-8 that fits, whatever bytes the message held.
#include <gtest/gtest.h>

#include <cstring>
#include <string>

#include <orderhub/sdk.h>

#include "call_helpers.h"

namespace {

using orderhub::sdk::detail::fill_error;

TEST(ErrorStruct, PrefixAndMessageAreJoined) {
  orderhub_error error = orderhub::testing::full_size_error();
  fill_error(&error, "internal error: ", "bad cursor", 7);
  EXPECT_STREQ(error.message, "internal error: bad cursor");
  EXPECT_EQ(error.retry_after_ms, 7u);
}

TEST(ErrorStruct, MalformedUtf8AndNulBytesBecomeQuestionMarks) {
  orderhub_error error = orderhub::testing::full_size_error();
  // A stray continuation byte, an overlong '/', a surrogate, a NUL, and a sequence cut short.
  fill_error(&error, "",
             std::string("a\x80"
                         "b\xC0\xAF"
                         "c\xED\xA0\x80"
                         "d\0e\xE2\x82",
                         14),
             0);
  EXPECT_STREQ(error.message, "a?b??c???d?e??");
}

TEST(ErrorStruct, WellFormedMultiByteTextIsKept) {
  orderhub_error error = orderhub::testing::full_size_error();
  fill_error(&error, "", "Zoë paid 5 \xE2\x82\xAC \xF0\x9F\x93\xA6", 0);
  EXPECT_STREQ(error.message, "Zoë paid 5 \xE2\x82\xAC \xF0\x9F\x93\xA6");
}

TEST(ErrorStruct, FourByteSequenceIsDroppedWholeWhenItDoesNotFit) {
  alignas(orderhub_error) unsigned char buffer[sizeof(orderhub_error)] = {};
  const std::uint32_t size = 8 + 6;  // room for 5 bytes of text and the NUL
  std::memcpy(buffer, &size, sizeof(size));
  fill_error(reinterpret_cast<orderhub_error*>(buffer), "", "abc\xF0\x9F\x93\xA6", 0);
  EXPECT_STREQ(reinterpret_cast<const char*>(buffer + 8), "abc");
}

TEST(ErrorStruct, NullErrorIsIgnored) {
  fill_error(nullptr, "", "nobody listens", 0);
  SUCCEED();
}

TEST(ErrorStruct, MessageReadFromAnotherPartyStopsAtCapacityWithoutNul) {
  orderhub_error error = orderhub::testing::full_size_error();
  std::memset(error.message, 'm', sizeof(error.message));
  EXPECT_EQ(orderhub::sdk::detail::read_error_message(error),
            std::string(ORDERHUB_ERROR_MESSAGE_CAPACITY, 'm'));
}

}  // namespace
