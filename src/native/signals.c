/*
 * signals.c - Ctrl-C for pygil: a SIGINT handler that sets a bit in the lock's eval-breaker word;
 * and the process's end.
 * Owns: installing and removing the process's SIGINT handler, waiting for input in slices that a
 * Ctrl-C can end, and ending the process: by SIGINT after an uncaught KeyboardInterrupt, or at
 * once with a status when everything is written.
 * Must never: call into V8 or Node from the handler. A signal handler may run on any thread, at
 * any instruction; the only thing it does is one lock-free atomic OR on a word of the shared heap.
 *
 * Why native code: the script's Python thread runs on Node's main JS thread, and Node delivers
 * signals to JavaScript through that thread's event loop, which never turns while the script
 * runs. CPython does the same as this file (Modules/signalmodule.c): the C handler only sets a
 * flag ("is_tripped") and the eval breaker; the eval loop raises KeyboardInterrupt at its next
 * check point, on the main thread. Here the flag is a bit of the breaker word that the eval loop
 * already loads every checkinterval instructions, so watching for Ctrl-C costs nothing extra.
 *
 * The word lives in a growable SharedArrayBuffer: growing it never moves its bytes, so the
 * pointer taken by arm() stays valid for the life of the process.
 */
#include <node_api.h>
#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdint.h>
#include <string.h>
#include <unistd.h>

static int32_t *volatile breaker_word = NULL; /* set once by arm(), read by the handler */
static int32_t breaker_bit = 0;

static void on_sigint(int sig) {
  (void)sig;
  int32_t *w = breaker_word;
  if (w != NULL) __atomic_fetch_or(w, breaker_bit, __ATOMIC_SEQ_CST);
}

static napi_value throw_error(napi_env env, const char *msg) {
  napi_throw_error(env, NULL, msg);
  return NULL;
}

/* arm(int32Array, index, bit): on SIGINT, OR `bit` into int32Array[index]. */
static napi_value arm(napi_env env, napi_callback_info info) {
  size_t argc = 3;
  napi_value argv[3];
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 3) return throw_error(env, "arm(int32Array, index, bit)");
  napi_typedarray_type type;
  size_t length;
  void *data;
  if (napi_get_typedarray_info(env, argv[0], &type, &length, &data, NULL, NULL) != napi_ok || type != napi_int32_array)
    return throw_error(env, "arm: the first argument must be an Int32Array");
  int32_t index, bit;
  if (napi_get_value_int32(env, argv[1], &index) != napi_ok || napi_get_value_int32(env, argv[2], &bit) != napi_ok)
    return throw_error(env, "arm: index and bit must be integers");
  if (index < 0 || (size_t)index >= length) return throw_error(env, "arm: index out of range");
  breaker_bit = bit;
  breaker_word = (int32_t *)data + index;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_sigint;
  sigemptyset(&sa.sa_mask);
  /* No SA_RESTART: a blocking read() (input()) returns EINTR, so it can raise KeyboardInterrupt. */
  sa.sa_flags = 0;
  if (sigaction(SIGINT, &sa, NULL) != 0) return throw_error(env, "arm: sigaction failed");
  return NULL;
}

/* disarm(): SIGINT has its default action again (ends the process). */
static napi_value disarm(napi_env env, napi_callback_info info) {
  (void)env; (void)info;
  signal(SIGINT, SIG_DFL);
  breaker_word = NULL;
  return NULL;
}

/* dieBySigint(): what CPython does after an uncaught KeyboardInterrupt: end by the signal itself,
 * so that a shell sees "killed by SIGINT" (status 130) and stops a script that ran us. */
static napi_value die_by_sigint(napi_env env, napi_callback_info info) {
  (void)env; (void)info;
  signal(SIGINT, SIG_DFL);
  raise(SIGINT);
  return NULL; /* not reached unless SIGINT is blocked */
}

/* exitNow(status): end the process at once with `status`, as CPython ends with _exit-like speed
 * once its own finalisation is done. Node's exit would first shut down V8's platform, which waits
 * for any optimising compilation still running on a background thread: a script that ends just
 * after V8 began compiling the eval loop waited up to 150 ms here for code it would never run.
 * The caller has written everything (pygil's output goes to the file descriptors synchronously). */
static napi_value exit_now(napi_env env, napi_callback_info info) {
  size_t argc = 1;
  napi_value argv[1];
  int32_t status = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 1 ||
      napi_get_value_int32(env, argv[0], &status) != napi_ok)
    return throw_error(env, "exitNow(status)");
  _exit(status & 0xff);
  return NULL; /* not reached */
}

/* waitReadable(fd, ms): 1 when fd has input (or end of input, or an error that read() will
 * report), 0 when `ms` passed first, -1 when a signal ended the wait.
 * Why input() needs it: a Ctrl-C that lands after the caller looked at the breaker bit but
 * before read() entered the kernel (a few microseconds, or much longer when V8 compiles the
 * read path on first use or the process is descheduled there) would leave read() blocked
 * forever on an empty terminal or pipe. Waiting in slices bounds that window by one slice. */
static napi_value wait_readable(napi_env env, napi_callback_info info) {
  size_t argc = 2;
  napi_value argv[2];
  int32_t fd = 0, ms = 0;
  if (napi_get_cb_info(env, info, &argc, argv, NULL, NULL) != napi_ok || argc != 2 ||
      napi_get_value_int32(env, argv[0], &fd) != napi_ok || napi_get_value_int32(env, argv[1], &ms) != napi_ok)
    return throw_error(env, "waitReadable(fd, ms)");
  struct pollfd p;
  p.fd = fd;
  p.events = POLLIN;
  p.revents = 0;
  int r = poll(&p, 1, ms);
  int32_t result = r > 0 ? 1 : r == 0 ? 0 : errno == EINTR ? -1 : 1;
  napi_value v;
  napi_create_int32(env, result, &v);
  return v;
}

static napi_value init(napi_env env, napi_value exports) {
  napi_property_descriptor props[] = {
    { "arm", NULL, arm, NULL, NULL, NULL, napi_default, NULL },
    { "disarm", NULL, disarm, NULL, NULL, NULL, napi_default, NULL },
    { "dieBySigint", NULL, die_by_sigint, NULL, NULL, NULL, napi_default, NULL },
    { "exitNow", NULL, exit_now, NULL, NULL, NULL, napi_default, NULL },
    { "waitReadable", NULL, wait_readable, NULL, NULL, NULL, napi_default, NULL },
  };
  napi_define_properties(env, exports, sizeof props / sizeof props[0], props);
  return exports;
}

NAPI_MODULE(NODE_GYP_MODULE_NAME, init)
