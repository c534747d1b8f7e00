#!/usr/bin/env bash
# The main job of `make demo`: a whole day of orderhub against the bundled channel sandbox.
# Starts orderhub-sandbox on a free port, makes a fresh store under BUILD/demo/, adds a CS-Cart
# account pointed at the sandbox, maps its shipping methods, downloads, ships some orders, cancels
# one, refunds one, delivers everything to the channel, and prints what the hub holds beside what
# the sandbox says it received. Then the same day on every other channel (Smart Bargains, Cdiscount,
# Overstock with its backorder feed, ChannelAdvisor), each as its plugin allows, and a summary per
# channel. Then it stops the sandbox.
set -euo pipefail

build_dir=$(cd "${1:-build}" && pwd)
demo_dir="$build_dir/demo"
orderhub=("$build_dir/bin/orderhub" --plugins "$build_dir/plugins" --db "$demo_dir/orderhub.db")

rm -rf "$demo_dir"
mkdir -p "$demo_dir"

step() { printf '\n== %s\n' "$*"; }

step "Plugins"
"${orderhub[@]}" plugins list

step "Starting the channel sandbox"
coproc SANDBOX { exec "$build_dir/bin/orderhub-sandbox" --port 0 --seed 7 --orders 24 2>"$demo_dir/sandbox.log"; }
sandbox_pid=$SANDBOX_PID
trap 'kill "$sandbox_pid" 2>/dev/null || true; wait "$sandbox_pid" 2>/dev/null || true' EXIT
read -r first_line <&"${SANDBOX[0]}"
sandbox_url=${first_line#listening on }
echo "$first_line"

step "Adding a CS-Cart account pointed at the sandbox"
"${orderhub[@]}" account add shop --plugin cscart --config "{\"base_url\": \"$sandbox_url/cscart\",
  \"email\": \"admin@example.com\", \"api_key\": \"sandbox-api-key\", \"currency\": \"USD\"}"
"${orderhub[@]}" account set shop download.allow_unpaid=false download.allow_shipped=false
"${orderhub[@]}" account show shop

step "Mapping the store's shipping methods"
"${orderhub[@]}" mapping set shop --channel-method "UPS Ground" --carrier UPS --service Ground
"${orderhub[@]}" mapping set shop --channel-method "USPS Priority" --carrier USPS --service Priority
"${orderhub[@]}" mapping set shop --channel-method "FedEx 2Day" --carrier FedEx --service 2Day
"${orderhub[@]}" mapping set shop --channel-method "Express Overnight" --carrier UPS \
  --service "Next Day Air" --rush --code-to-send UPS
"${orderhub[@]}" mapping list shop

step "Downloading orders"
"${orderhub[@]}" download shop
"${orderhub[@]}" orders list --account shop

# Paid orders that still wait to ship, oldest first, as hub ids.
mapfile -t shippable < <("${orderhub[@]}" orders list --account shop --status in_process --json |
  python3 -c '
import json, sys
for order in json.load(sys.stdin):
    if order["payment_status"] == "charged" and order["shipping_status"] == "unshipped":
        print(order["id"])')
if [ "${#shippable[@]}" -lt 5 ]; then
  echo "the sandbox produced only ${#shippable[@]} shippable orders; the demo needs 5" >&2
  exit 1
fi

step "Shipping three orders"
for index in 0 1 2; do
  "${orderhub[@]}" ship "${shippable[$index]}" --tracking "1Z999AA1012345678$index"
done

step "Cancelling one order on the channel"
"${orderhub[@]}" cancel "${shippable[3]}" --reason "Customer asked to cancel"

step "Refunding 5.00 of one order"
"${orderhub[@]}" refund "${shippable[4]}" --amount 5.00 --reason "Damaged box" --notes "Goodwill"

step "A cancel after Ship Confirmed is refused (this is expected)"
"${orderhub[@]}" sync --account shop --wait --timeout 60
"${orderhub[@]}" cancel "${shippable[0]}" --reason "Too late" || true

step "Delivering everything to the channel"
"${orderhub[@]}" sync --account shop --wait --timeout 60
"${orderhub[@]}" outbox list --account shop

step "Summary"
"${orderhub[@]}" orders list --account shop --json | python3 -c '
import collections, json, sys
orders = json.load(sys.stdin)
print(f"orders in the hub: {len(orders)}")
for (field) in ("status", "shipping_status", "payment_status"):
    counts = collections.Counter(order[field] for order in orders)
    print(f"  {field:16} " + ", ".join(f"{name} {count}" for name, count in sorted(counts.items())))
confirmed = sum(1 for order in orders if order["channel_notified_for_shipping"])
print(f"  ship confirmed   {confirmed}")'
curl -fsS "$sandbox_url/admin/cscart/received" | python3 -c '
import collections, json, sys
received = json.load(sys.stdin)["received"]
counts = collections.Counter(entry["kind"] for entry in received)
print("the CS-Cart sandbox received: " +
      (", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "nothing"))'

# One more channel: add the account, download, ship two orders, cancel one and refund one in the
# forms the channel's plugin offers, deliver, and print what its sandbox received.
# Arguments: account, plugin, config JSON, cancel flags, refund flags.
another_channel() {
  local account=$1 plugin=$2 config=$3 cancel_flags=$4 refund_flags=$5
  step "$account: account, download"
  "${orderhub[@]}" account add "$account" --plugin "$plugin" --config "$config"
  "${orderhub[@]}" download "$account"
  mapfile -t ready < <("${orderhub[@]}" orders list --account "$account" --status in_process --json |
    python3 -c '
import json, sys
for order in json.load(sys.stdin):
    if order["payment_status"] == "charged" and order["shipping_status"] == "unshipped":
        print(order["id"])')
  if [ "${#ready[@]}" -lt 4 ]; then
    echo "$account: only ${#ready[@]} shippable orders; the demo needs 4" >&2
    exit 1
  fi
  step "$account: ship two, cancel one ($cancel_flags), refund one ($refund_flags)"
  "${orderhub[@]}" ship "${ready[0]}" --carrier UPS --service GROUND --tracking "1Z${account}0001"
  "${orderhub[@]}" ship "${ready[1]}" --carrier USPS --service PRIORITY --tracking "9400${account}0002"
  # shellcheck disable=SC2086 # the flags are words on purpose
  "${orderhub[@]}" cancel "${ready[2]}" --reason "Customer asked to cancel" $cancel_flags
  # shellcheck disable=SC2086
  "${orderhub[@]}" refund "${ready[3]}" --amount 2.50 --reason "Damaged box" $refund_flags
}

channel_received() {
  curl -fsS "$sandbox_url/admin/$1/received" | python3 -c '
import collections, json, sys
received = json.load(sys.stdin)["received"]
counts = collections.Counter(entry["kind"] for entry in received)
print("  the '"$2"' sandbox received: " +
      (", ".join(f"{count} {kind}" for kind, count in sorted(counts.items())) or "nothing"))'
}

another_channel sb org.orderhub.channel.smartbargains \
  "{\"base_url\": \"$sandbox_url/smartbargains\", \"token\": \"sandbox-smartbargains-token\"}" \
  --internal --local
another_channel cd org.orderhub.channel.cdiscount \
  "{\"base_url\": \"$sandbox_url/cdiscount\", \"token_url\": \"$sandbox_url/cdiscount\",
    \"login\": \"sandbox-seller\", \"password\": \"sandbox-password\"}" \
  --internal --local
another_channel os org.orderhub.channel.overstock \
  "{\"base_url\": \"$sandbox_url/overstock\", \"username\": \"supplier\",
    \"password\": \"sandbox-password\", \"warehouse_code\": \"WH1\"}" "" ""
another_channel ca org.orderhub.channel.channeladvisor \
  "{\"base_url\": \"$sandbox_url/channeladvisor\", \"token_url\": \"$sandbox_url/channeladvisor/oauth2/token\",
    \"application_id\": \"sandbox-application\", \"shared_secret\": \"sandbox-shared-secret\",
    \"refresh_token\": \"sandbox-refresh-token\"}" "" ""

step "Overstock backorders: hub inventory, then the feed"
today=$(date -u +%Y-%m-%d)
next_year=$(date -u -d "+1 year" +%Y-%m-%d)
"${orderhub[@]}" inventory set MUG-BLUE --on-hand 0 --on-order 40 --expected-date "$next_year"
"${orderhub[@]}" inventory set MUG-RED --on-hand 0 --on-order 12
"${orderhub[@]}" inventory set MUG-GREEN --on-hand 0
"${orderhub[@]}" inventory set MUG-WHITE --on-hand 25
"${orderhub[@]}" inventory list
"${orderhub[@]}" account set os inventory.backorder=true
"${orderhub[@]}" inventory push os
echo "(today is $today: MUG-RED without a date goes out with a date one month ahead)"

step "Invoices: the seller, a default, and each channel's own invoice plugin"
"${orderhub[@]}" settings set "seller.name=Demo Goods Ltd" "seller.address.line1=1 Market Street" \
  seller.address.city=Springfield seller.address.postal_code=12345 seller.address.country=US \
  seller.vat_id=US-123456789 invoice.plugin=org.orderhub.invoice.standard
"${orderhub[@]}" settings show
"${orderhub[@]}" account set shop invoice.plugin=org.orderhub.invoice.standard
"${orderhub[@]}" account set cd invoice.plugin=org.orderhub.invoice.channel-specific
"${orderhub[@]}" account set os invoice.plugin=org.orderhub.invoice.word-to-pdf
"${orderhub[@]}" account set sb invoice.plugin=org.orderhub.invoice.standard invoice.upload=true
# Smart Bargains takes invoices: the next order shipped there queues its invoice for upload.
sb_next=$("${orderhub[@]}" orders list --account sb --status in_process --json | python3 -c '
import json, sys
for order in json.load(sys.stdin):
    if order["payment_status"] == "charged" and order["shipping_status"] == "unshipped":
        print(order["id"]); break')
"${orderhub[@]}" ship "$sb_next" --carrier UPS --service GROUND --tracking 1ZsbINVOICE

step "Delivering every channel's updates"
"${orderhub[@]}" sync --wait --timeout 120
"${orderhub[@]}" outbox list --failed

step "Invoices: one per channel, with that account's plugin, into $demo_dir/invoices"
mkdir -p "$demo_dir/invoices"
for account in shop sb cd os ca; do
  first=$("${orderhub[@]}" orders list --account "$account" --json | python3 -c '
import json, sys
orders = json.load(sys.stdin)
print(orders[0]["id"] if orders else "")')
  [ -n "$first" ] && "${orderhub[@]}" invoice "$first" --out "$demo_dir/invoices/$account-INV-$first.pdf"
done
ls -l "$demo_dir/invoices"

step "Summary per channel"
"${orderhub[@]}" orders list --json --limit 100000 | python3 -c '
import collections, json, sys
orders = json.load(sys.stdin)
by_account = collections.defaultdict(list)
for order in orders:
    by_account[order["account"]].append(order)
for account, mine in sorted(by_account.items()):
    statuses = collections.Counter(order["status"] for order in mine)
    confirmed = sum(1 for order in mine if order["channel_notified_for_shipping"])
    print(f"{account:5} {len(mine):3} orders: " +
          ", ".join(f"{name} {count}" for name, count in sorted(statuses.items())) +
          f"; ship confirmed {confirmed}")'
channel_received cscart CS-Cart
channel_received smartbargains "Smart Bargains"
channel_received cdiscount Cdiscount
channel_received overstock Overstock
channel_received channeladvisor ChannelAdvisor

step "Order rules: hold new orders to one ship-to state (a second CS-Cart account imports them)"
rule_state=$("${orderhub[@]}" orders list --account shop --json --limit 100000 | python3 -c '
import collections, json, sys
states = collections.Counter(order.get("ship_to", {}).get("state", "") for order in json.load(sys.stdin))
states.pop("", None)
print(states.most_common(1)[0][0] if states else "CA")')
cat >"$demo_dir/hold-state.json" <<RULE
{"name": "Hold orders to $rule_state",
 "conditions": {"ship_to_state": "$rule_state"},
 "actions": [{"hold": {"reason": "address check for $rule_state"}},
             {"add_note": "held by a rule on \${now:%Y-%m-%d}"}]}
RULE
"${orderhub[@]}" rules add "$demo_dir/hold-state.json"
"${orderhub[@]}" account add shop2 --plugin cscart --config "{\"base_url\": \"$sandbox_url/cscart\",
  \"email\": \"admin@example.com\", \"api_key\": \"sandbox-api-key\", \"currency\": \"USD\"}"
"${orderhub[@]}" download shop2
"${orderhub[@]}" download shop2   # a second download never runs the rule again
"${orderhub[@]}" rules log

step "Profit and loss of one shipped order, and of the account"
"${orderhub[@]}" account set shop pnl.commission_percent=12.5 pnl.fee_fixed=0.30
first_sku=$("${orderhub[@]}" orders show "${shippable[0]}" --json |
  python3 -c 'import json, sys; print(json.load(sys.stdin)["lines"][0]["sku"])')
"${orderhub[@]}" inventory set "$first_sku" --cost "4.00 USD"
"${orderhub[@]}" pnl cost add "${shippable[0]}" --label "Packing" --amount 1.20
"${orderhub[@]}" pnl "${shippable[0]}"
"${orderhub[@]}" pnl --account shop --from 2000-01-01 --to "$today"

echo
echo "The demo store is $demo_dir/orderhub.db; try: build/bin/orderhub --db $demo_dir/orderhub.db orders list"
