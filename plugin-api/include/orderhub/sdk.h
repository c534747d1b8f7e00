// orderhub/sdk.h: the whole header-only C++17 SDK for orderhub plugins. Include this, or the one
// header you need from sdk/. Depends on nothing but the C++17 standard library and the ABI headers.
#ifndef ORDERHUB_SDK_H
#define ORDERHUB_SDK_H

#include "sdk/capabilities.h"
#include "sdk/channel_plugin.h"
#include "sdk/clock.h"
#include "sdk/entry.h"
#include "sdk/error.h"
#include "sdk/host.h"
#include "sdk/http.h"
#include "sdk/http_errors.h"
#include "sdk/invoice_plugin.h"
#include "sdk/kv.h"
#include "sdk/log.h"
#include "sdk/status.h"

#endif  // ORDERHUB_SDK_H
