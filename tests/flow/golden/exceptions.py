# try/except/else/finally: raising operations inside try end their block with an
# exception link; the handler pushes the exception and restores it on every way out.
def f(g, x):
    try:
        r = g(x)
    except (ValueError, KeyError) as e:
        r = str(e)
    except Exception:
        raise
    else:
        r = r + 1
    finally:
        print("done")
    return r
