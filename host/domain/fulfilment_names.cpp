// fulfilment_names.cpp: the names of cancellation forms, refund forms and RMA statuses.
#include "domain/cancellation.h"
#include "domain/enum_names.h"
#include "domain/refund.h"
#include "domain/rma.h"

namespace orderhub::domain {
namespace {

using detail::EnumName;

constexpr EnumName<CancellationForm> kCancellationForms[] = {
    {CancellationForm::on_channel, "channel"},
    {CancellationForm::internal, "internal"},
    {CancellationForm::void_order, "void"},
};

constexpr EnumName<RefundForm> kRefundForms[] = {
    {RefundForm::on_channel, "channel"},
    {RefundForm::local, "local"},
    {RefundForm::discount, "discount"},
};

constexpr EnumName<RmaStatus> kRmaStatuses[] = {
    {RmaStatus::created, "created"},
    {RmaStatus::received, "received"},
};

}  // namespace

std::string_view to_string(CancellationForm form) {
  return detail::name_of<CancellationForm>(kCancellationForms, form);
}
std::string_view to_string(RefundForm form) {
  return detail::name_of<RefundForm>(kRefundForms, form);
}
std::string_view to_string(RmaStatus status) {
  return detail::name_of<RmaStatus>(kRmaStatuses, status);
}

Result<CancellationForm> parse_cancellation_form(std::string_view text) {
  return detail::parse_name<CancellationForm>(kCancellationForms, text, "cancellation form");
}
Result<RefundForm> parse_refund_form(std::string_view text) {
  return detail::parse_name<RefundForm>(kRefundForms, text, "refund form");
}
Result<RmaStatus> parse_rma_status(std::string_view text) {
  return detail::parse_name<RmaStatus>(kRmaStatuses, text, "RMA status");
}

}  // namespace orderhub::domain
