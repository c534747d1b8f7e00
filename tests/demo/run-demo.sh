#!/usr/bin/env bash
# The main job of `make demo`: a whole day of orderhub against the bundled channel sandbox.
# Starts orderhub-sandbox on a free port, makes a fresh store under BUILD/demo/, adds a CS-Cart
# account pointed at the sandbox, maps its shipping methods, downloads, ships some orders, cancels
# one, refunds one, delivers everything to the channel, and prints what the hub holds beside what
# the sandbox says it received. Then it stops the sandbox.
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
echo
echo "The demo store is $demo_dir/orderhub.db; try: build/bin/orderhub --db $demo_dir/orderhub.db orders list"
