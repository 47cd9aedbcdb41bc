# Coroutines: await delegates like yield from; async for exits on StopAsyncIteration.
async def f(source, lock):
    async with lock:
        async for item in source:
            await item
