# expected-output: hand-written
# The report's frame primitives at application level (3.2.3): yield_current_frame_to_caller()
# and frame stack tops with switch(), stack_frames_depth(), stack_unwind(). Neither
# CPython nor PyPy 3 offers them at application level: the expectation is hand-written.
import stackless
from stackless import yield_current_frame_to_caller, stack_frames_depth, stack_unwind


def g():
    print(2)
    frametop_before_5 = yield_current_frame_to_caller()
    print(4)
    frametop_before_7 = frametop_before_5.switch()
    print(6)
    return frametop_before_7


def f():
    print(1)
    frametop_before_4 = g()
    print(3)
    frametop_before_6 = frametop_before_4.switch()
    print(5)
    frametop_after_return = frametop_before_6.switch()
    print(7)
    assert frametop_after_return is None
    print('after return is None:', frametop_after_return is None)


f()


def depth(n):
    if n == 0:
        return stack_frames_depth()
    return depth(n - 1)


base = stack_frames_depth()
print([depth(n) - base for n in (0, 1, 10, 100)])
print(stack_unwind())
try:
    yield_current_frame_to_caller()
except RuntimeError as e:
    print('RuntimeError:', e)
