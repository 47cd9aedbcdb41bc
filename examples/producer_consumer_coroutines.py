# The report's producer/consumer with stackless.coroutine (§3.3.1): the producer makes
# several values at a time, the consumer processes batches of up to 3, asking the
# producer for more only when it has none left.
#   weft run examples/producer_consumer_coroutines.py
from stackless import coroutine

main = coroutine.getcurrent()


def producer(lst):
    n = 0
    while True:
        new_values = [n * n for n in range(n, n + 4)]
        n += 4
        print('produced', new_values)
        lst.extend(new_values)
        coro_consumer.switch()


def consumer(lst):
    processed = 0
    while processed < 20:
        while len(lst) == 0:
            coro_producer.switch()
        batch = lst[:3]
        del lst[:3]
        print('  consumed', batch)
        processed += len(batch)
    main.switch()


exchangelst = []
coro_producer = coroutine()
coro_producer.bind(producer, exchangelst)
coro_consumer = coroutine()
coro_consumer.bind(consumer, exchangelst)
coro_consumer.switch()
print('done')
