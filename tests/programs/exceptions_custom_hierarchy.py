# User exception hierarchies: handler order, catching by base class, except tuples, re-raising subtypes.
class AppError(Exception): pass
class DBError(AppError): pass
class NetError(AppError): pass
class Timeout(NetError): pass
def fail(cls):
    raise cls(cls.__name__ + " happened")
for cls in [DBError, NetError, Timeout, ValueError]:
    try:
        fail(cls)
    except Timeout as e:
        print("timeout handler:", e)
    except (DBError, ValueError) as e:
        print("db-or-value handler:", e)
    except AppError as e:
        print("app handler:", e, type(e).__name__)
try:
    try:
        fail(Timeout)
    except NetError:
        print("net, re-raising")
        raise
except AppError as e:
    print("outer got", type(e).__name__)
print(issubclass(Timeout, AppError), [c.__name__ for c in Timeout.__mro__])
