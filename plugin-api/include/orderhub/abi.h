/*
 * orderhub/abi.h: the whole plugin ABI, v1. Include this, or the one header you need from abi/.
 */
#ifndef ORDERHUB_ABI_H
#define ORDERHUB_ABI_H

#include "abi/channel.h"
#include "abi/host.h"
#include "abi/instance.h"
#include "abi/invoice.h"
#include "abi/plugin.h"
#include "abi/services/clock.h"
#include "abi/services/http.h"
#include "abi/services/kv.h"
#include "abi/services/log.h"
#include "abi/status.h"
#include "abi/writer.h"

#endif /* ORDERHUB_ABI_H */
