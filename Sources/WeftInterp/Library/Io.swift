// io: open() and the file objects it returns, over the descriptors of FileIO.swift.
// Binary files (FileIO under a BufferedReader/BufferedWriter/BufferedRandom, as in
// CPython, collapsed here into one buffered class per direction) and TextIOWrapper
// (encoding with str.encode/bytes.decode, universal newlines on input). Reprs, errors
// and messages are CPython's.

let libIo = #"""
import _weft

DEFAULT_BUFFER_SIZE = 8192
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

_O_RDONLY, _O_WRONLY, _O_RDWR = 0, 1, 2
_O_CREAT, _O_EXCL, _O_TRUNC, _O_APPEND = 0o100, 0o200, 0o1000, 0o2000

_ERRNO_CLASSES = {
    1: PermissionError, 2: FileNotFoundError, 13: PermissionError, 17: FileExistsError,
    20: NotADirectoryError, 21: IsADirectoryError,
}


class UnsupportedOperation(OSError, ValueError):
    pass


def _check(result, filename=None):
    if result < 0:
        err = -result
        cls = _ERRNO_CLASSES.get(err, OSError)
        if filename is None:
            raise cls(err, _weft.strerror(err))
        raise cls(err, _weft.strerror(err), filename)
    return result


def _parse_mode(mode):
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not " + type(mode).__name__)
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: '" + mode + "'")
    creating, reading, writing, appending = 'x' in modes, 'r' in modes, 'w' in modes, 'a' in modes
    updating, text, binary = '+' in modes, 't' in modes, 'b' in modes
    if text and binary:
        raise ValueError("can't have text and binary mode at once")
    if creating + reading + writing + appending > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if not (creating or reading or writing or appending):
        raise ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
    return creating, reading, writing, appending, updating, binary


class FileIO:
    """A raw file descriptor."""

    def __init__(self, file, mode='r', closefd=True):
        creating, reading, writing, appending, updating, _ = _parse_mode(mode.replace('b', '') + 'b')
        self._readable = reading or updating
        self._writable = creating or writing or appending or updating
        if self._readable and self._writable:
            flags = _O_RDWR
        elif self._readable:
            flags = _O_RDONLY
        else:
            flags = _O_WRONLY
        if creating:
            flags |= _O_EXCL | _O_CREAT
        if writing:
            flags |= _O_CREAT | _O_TRUNC
        if appending:
            flags |= _O_APPEND | _O_CREAT
        self.name = file
        self.closefd = closefd
        if isinstance(file, int):
            if file < 0:
                raise ValueError('negative file descriptor')
            self._fd = file
        else:
            if not isinstance(file, str):
                raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)
            self._fd = _check(_weft.os_open(file, flags, 0o666), file)
            if _weft.os_isdir(self._fd):
                _weft.os_close(self._fd)
                raise IsADirectoryError(21, 'Is a directory', file)
        self.mode = ('xb' if creating else 'ab' if appending else 'rb+' if reading and updating
                     else 'rb' if reading else 'wb+' if updating else 'wb')
        if appending:
            _weft.os_lseek(self._fd, 0, SEEK_END)

    @property
    def closed(self):
        return self._fd < 0

    def fileno(self):
        self._check_closed()
        return self._fd

    def _check_closed(self):
        if self._fd < 0:
            raise ValueError('I/O operation on closed file')

    def readable(self):
        self._check_closed()
        return self._readable

    def writable(self):
        self._check_closed()
        return self._writable

    def seekable(self):
        self._check_closed()
        return _weft.os_lseek(self._fd, 0, SEEK_CUR) >= 0

    def read(self, size=-1):
        self._check_closed()
        if not self._readable:
            raise UnsupportedOperation('File not open for reading')
        r = _weft.os_read(self._fd, -1 if size is None else size)
        if isinstance(r, int):
            _check(r)
        return r

    def write(self, b):
        self._check_closed()
        if not self._writable:
            raise UnsupportedOperation('File not open for writing')
        return _check(_weft.os_write(self._fd, bytes(b)))

    def seek(self, pos, whence=0):
        self._check_closed()
        return _check(_weft.os_lseek(self._fd, pos, whence))

    def tell(self):
        return self.seek(0, SEEK_CUR)

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            if self.closefd:
                _check(_weft.os_close(fd))


class _Stream:
    """What buffered and text files share: line iteration, context management, closing
    when collected."""

    def readlines(self, hint=-1):
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                break
        return lines

    def __iter__(self):
        self._check_closed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def __enter__(self):
        self._check_closed()
        return self

    def __exit__(self, *exc):
        self.close()

    def __del__(self):
        self.close()


class _Buffered(_Stream):
    """A binary file object: BufferedReader, BufferedWriter or BufferedRandom."""

    def __init__(self, raw):
        self.raw = raw
        self._rbuf = b''
        self._wbuf = []
        self._wsize = 0

    def __repr__(self):
        return '<_io.' + type(self).__name__ + ' name=' + repr(self.raw.name) + '>'

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def fileno(self):
        return self.raw.fileno()

    def readable(self):
        return self.raw.readable()

    def writable(self):
        return self.raw.writable()

    def seekable(self):
        return self.raw.seekable()

    def isatty(self):
        return False

    def _check_closed(self):
        if self.raw.closed:
            raise ValueError('I/O operation on closed file.')

    def read(self, size=-1):
        self._check_closed()
        self.flush()
        if size is None or size < 0:
            data = self._rbuf + self.raw.read(-1)
            self._rbuf = b''
            return data
        while len(self._rbuf) < size:
            chunk = self.raw.read(max(DEFAULT_BUFFER_SIZE, size - len(self._rbuf)))
            if not chunk:
                break
            self._rbuf += chunk
        data, self._rbuf = self._rbuf[:size], self._rbuf[size:]
        return data

    def read1(self, size=-1):
        return self.read(size)

    def readline(self, size=-1):
        self._check_closed()
        self.flush()
        while True:
            i = self._rbuf.find(b'\n')
            if i >= 0 or (size is not None and 0 <= size <= len(self._rbuf)):
                end = i + 1 if i >= 0 else len(self._rbuf)
                if size is not None and 0 <= size < end:
                    end = size
                line, self._rbuf = self._rbuf[:end], self._rbuf[end:]
                return line
            chunk = self.raw.read(DEFAULT_BUFFER_SIZE)
            if not chunk:
                line, self._rbuf = self._rbuf, b''
                return line
            self._rbuf += chunk


    def write(self, b):
        self._check_closed()
        if not self.raw.writable():
            raise UnsupportedOperation('write')
        if isinstance(b, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        b = bytes(b)
        if self._rbuf:
            self.raw.seek(-len(self._rbuf), SEEK_CUR)
            self._rbuf = b''
        self._wbuf.append(b)
        self._wsize += len(b)
        if self._wsize >= DEFAULT_BUFFER_SIZE:
            self.flush()
        return len(b)


    def flush(self):
        if self._wbuf:
            data = b''.join(self._wbuf)
            self._wbuf = []
            self._wsize = 0
            self.raw.write(data)

    def seek(self, pos, whence=0):
        self._check_closed()
        self.flush()
        if whence == SEEK_CUR:
            pos -= len(self._rbuf)
        self._rbuf = b''
        return self.raw.seek(pos, whence)

    def tell(self):
        self._check_closed()
        return self.raw.tell() - len(self._rbuf) + self._wsize

    def truncate(self, size=None):
        raise UnsupportedOperation('truncate')

    def close(self):
        if not self.raw.closed:
            try:
                self.flush()
            finally:
                self.raw.close()


class BufferedReader(_Buffered):
    pass


class BufferedWriter(_Buffered):
    pass


class BufferedRandom(_Buffered):
    pass


def _utf8_complete(data):
    """How many leading bytes of data end on a UTF-8 character boundary."""
    n = len(data)
    for back in range(1, min(4, n) + 1):
        b = data[n - back]
        if b < 0x80:
            return n
        if b >= 0xC0:
            need = 2 if b < 0xE0 else 3 if b < 0xF0 else 4
            return n if back >= need else n - back
    return n


class TextIOWrapper(_Stream):
    def __init__(self, buffer, encoding=None, errors=None, newline=None, line_buffering=False):
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError('illegal newline value: ' + repr(newline))
        self.buffer = buffer
        self.encoding = encoding or 'UTF-8'
        self.errors = errors or 'strict'
        self._newline = newline
        self.line_buffering = line_buffering
        self._decoded = ''
        self._pending = b''
        self._eof = False
        self._utf8 = self.encoding.lower().replace('_', '-') in ('utf-8', 'utf8')

    def __repr__(self):
        return ('<_io.TextIOWrapper name=' + repr(self.buffer.name) + ' mode=' + repr(self.mode)
                + ' encoding=' + repr(self.encoding) + '>')

    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)

    def fileno(self):
        return self.buffer.fileno()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return self.buffer.seekable()

    def isatty(self):
        return False

    def _check_closed(self):
        if self.buffer.closed:
            raise ValueError('I/O operation on closed file.')

    def _check_readable(self):
        self._check_closed()
        if not self.buffer.readable():
            raise UnsupportedOperation('not readable')

    def _translate(self, text):
        if self._newline is None:
            return text.replace('\r\n', '\n').replace('\r', '\n')
        return text

    def _fill(self, whole=False):
        """Decodes more of the file into self._decoded; False at the end."""
        if self._eof:
            return False
        data = self._pending + self.buffer.read(-1 if whole or not self._utf8 else DEFAULT_BUFFER_SIZE)
        if len(data) == len(self._pending):
            self._eof = True
            text = self._pending.decode(self.encoding, self.errors)
            self._pending = b''
        elif self._utf8:
            cut = _utf8_complete(data)
            if data[cut - 1:cut] == b'\r' and self._newline is None:
                cut -= 1  # a '\r\n' may continue in the next chunk
            text = data[:cut].decode(self.encoding, self.errors)
            self._pending = data[cut:]
        else:
            text = data.decode(self.encoding, self.errors)
            self._pending = b''
            self._eof = True
        self._decoded += self._translate(text)
        return True

    def read(self, size=-1):
        self._check_readable()
        self.flush()
        if size is None or size < 0:
            while self._fill(True):
                pass
            text, self._decoded = self._decoded, ''
            return text
        while len(self._decoded) < size and self._fill():
            pass
        text, self._decoded = self._decoded[:size], self._decoded[size:]
        return text

    def readline(self, size=-1):
        self._check_readable()
        self.flush()
        while True:
            i = self._decoded.find('\n')
            if i >= 0 or (size is not None and 0 <= size <= len(self._decoded)):
                end = i + 1 if i >= 0 else len(self._decoded)
                if size is not None and 0 <= size < end:
                    end = size
                line, self._decoded = self._decoded[:end], self._decoded[end:]
                return line
            if not self._fill():
                line, self._decoded = self._decoded, ''
                return line


    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError('write() argument must be str, not ' + type(s).__name__)
        if not self.buffer.writable():
            raise UnsupportedOperation('not writable')
        text = s
        if self._newline not in (None, '', '\n'):
            text = text.replace('\n', self._newline)
        self.buffer.write(text.encode(self.encoding, self.errors))
        if self.line_buffering and ('\n' in s or '\r' in s):
            self.flush()
        return len(s)


    def flush(self):
        self._check_closed()
        self.buffer.flush()

    def seek(self, cookie, whence=0):
        self._check_closed()
        if whence == SEEK_CUR and cookie != 0:
            raise UnsupportedOperation("can't do nonzero cur-relative seeks")
        if whence == SEEK_END and cookie != 0:
            raise UnsupportedOperation("can't do nonzero end-relative seeks")
        self.flush()
        self._decoded, self._pending, self._eof = '', b'', False
        return self.buffer.seek(cookie, whence)

    def tell(self):
        self._check_closed()
        self.flush()
        return self.buffer.tell() - len(self._pending) - len(self._decoded.encode(self.encoding, self.errors))

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()



for _c in (FileIO, BufferedReader, BufferedWriter, BufferedRandom, TextIOWrapper, UnsupportedOperation):
    _c.__module__ = '_io'


def open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True, opener=None):
    creating, reading, writing, appending, updating, binary = _parse_mode(mode)
    if binary and encoding is not None:
        raise ValueError("binary mode doesn't take an encoding argument")
    if binary and errors is not None:
        raise ValueError("binary mode doesn't take an errors argument")
    if binary and newline is not None:
        raise ValueError("binary mode doesn't take a newline argument")
    if not isinstance(file, (str, int)):
        raise TypeError('expected str, bytes or os.PathLike object, not ' + type(file).__name__)
    raw = FileIO(file, (mode.replace('t', '').replace('b', '')) + 'b', closefd)
    if updating:
        buffered = BufferedRandom(raw)
    elif reading:
        buffered = BufferedReader(raw)
    else:
        buffered = BufferedWriter(raw)
    if binary:
        return buffered
    text = TextIOWrapper(buffered, encoding, errors, newline, buffering == 1)
    text.mode = mode
    return text
"""#
