// outbox.cpp: the names of outbox kinds and states.
#include "domain/outbox.h"

#include "domain/enum_names.h"

namespace orderhub::domain {
namespace {

using detail::EnumName;

constexpr EnumName<OutboxKind> kOutboxKinds[] = {
    {OutboxKind::shipment, "shipment"},   {OutboxKind::cancellation, "cancellation"},
    {OutboxKind::refund, "refund"},       {OutboxKind::invoice, "invoice"},
    {OutboxKind::inventory, "inventory"}, {OutboxKind::acknowledgement, "acknowledgement"},
};

constexpr EnumName<OutboxState> kOutboxStates[] = {
    {OutboxState::pending, "pending"},
    {OutboxState::in_flight, "in_flight"},
    {OutboxState::done, "done"},
    {OutboxState::failed, "failed"},
};

}  // namespace

std::string_view to_string(OutboxKind kind) {
  return detail::name_of<OutboxKind>(kOutboxKinds, kind);
}
std::string_view to_string(OutboxState state) {
  return detail::name_of<OutboxState>(kOutboxStates, state);
}

Result<OutboxKind> parse_outbox_kind(std::string_view text) {
  return detail::parse_name<OutboxKind>(kOutboxKinds, text, "outbox kind");
}
Result<OutboxState> parse_outbox_state(std::string_view text) {
  return detail::parse_name<OutboxState>(kOutboxStates, text, "outbox state");
}

}  // namespace orderhub::domain
