"""JSON encoding and decoding for pygil (pure Python implementation of json).

Owns dumps/dump (JSONEncoder) and loads/load (JSONDecoder, JSONDecodeError) with CPython's
output byte for byte: separators, indent as an int or a str, sort_keys, skipkeys,
ensure_ascii (\\uXXXX escapes, surrogate pairs for characters beyond the BMP), NaN/Infinity
and allow_nan, the conversion of int/float/bool/None dict keys, the default hook, circular
reference detection, and the decoder's hooks (object_hook, object_pairs_hook, parse_float,
parse_int, parse_constant), strict mode and its error messages and positions.

CPython picks between a C accelerator and a Python encoder; their messages differ in one
place (allow_nan=False: the C one, used by dumps without indent, leaves the value out of the
message) and this module copies that. The encoder builds a list of parts and joins it once;
the decoder scans strings with str.find rather than a character at a time.

Not here: the json.tool command line, JSONEncoder.iterencode's laziness (it returns a list of
chunks, so dump writes nothing when encoding fails half way), the recursion-depth messages,
and the 'surrogatepass' handling of lone surrogates in bytes input.
"""

__all__ = ['dump', 'dumps', 'load', 'loads', 'JSONDecoder', 'JSONDecodeError', 'JSONEncoder']

__version__ = '2.0.9'

_INFINITY = float('inf')
_NEG_INFINITY = -_INFINITY


# ---------------------------------------------------------------------------------------------
# Encoding
# ---------------------------------------------------------------------------------------------

_ESCAPES = {'"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b',
            '\f': '\\f'}
for _i in range(0x20):
    _ESCAPES.setdefault(chr(_i), '\\u%04x' % _i)
# str.translate tables: the non-ASCII table for ensure_ascii=False, the ASCII one also
# escapes DEL (CPython escapes everything outside ' '..'~' when ensure_ascii is on)
_TRANSLATE = {ord(_k): _v for _k, _v in _ESCAPES.items()}
_TRANSLATE_ASCII = dict(_TRANSLATE)
_TRANSLATE_ASCII[0x7f] = '\\u007f'
# every ASCII character to its ensure_ascii form, for the per-character path
_ASCII_MAP = {}
for _i in range(0x80):
    _ASCII_MAP[chr(_i)] = _TRANSLATE_ASCII.get(_i, chr(_i))
del _i


def _encode_basestring(s):
    """s as a JSON string literal, non-ASCII characters kept as they are."""
    if s.isprintable() and '"' not in s and '\\' not in s:
        return '"' + s + '"'
    return '"' + s.translate(_TRANSLATE) + '"'


def _encode_basestring_ascii(s):
    """s as a JSON string literal of ASCII characters only."""
    if s.isascii():
        if s.isprintable() and '"' not in s and '\\' not in s:
            return '"' + s + '"'
        return '"' + s.translate(_TRANSLATE_ASCII) + '"'
    parts = ['"']
    append = parts.append
    amap = _ASCII_MAP
    for ch in s:
        e = amap.get(ch)
        if e is None:
            n = ord(ch)
            if n < 0x10000:
                e = '\\u%04x' % n
            else:
                n -= 0x10000
                e = '\\u%04x\\u%04x' % (0xd800 | (n >> 10), 0xdc00 | (n & 0x3ff))
        append(e)
    append('"')
    return ''.join(parts)


def _int_str(o):
    return repr(o) if type(o) is int else repr(int(o))


class JSONEncoder:
    """Extensible JSON encoder for Python data structures.

    dict -> object, list and tuple -> array, str -> string, int and float -> number,
    True/False -> true/false, None -> null. Override default() (or pass default=) for
    other types.
    """

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            if self.ensure_ascii:
                return _encode_basestring_ascii(o)
            return _encode_basestring(o)
        return ''.join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """The encoding of o as a list of string chunks."""
        markers = {} if self.check_circular else None
        encode_str = _encode_basestring_ascii if self.ensure_ascii else _encode_basestring
        allow_nan = self.allow_nan
        # CPython's C encoder (one-shot, no indent) leaves the value out of this message
        c_style = _one_shot and self.indent is None

        def floatstr(o):
            if o != o:
                text = 'NaN'
            elif o == _INFINITY:
                text = 'Infinity'
            elif o == _NEG_INFINITY:
                text = '-Infinity'
            elif type(o) is float:
                return repr(o)
            else:
                return repr(float(o))
            if not allow_nan:
                if c_style:
                    raise ValueError('Out of range float values are not JSON compliant')
                raise ValueError('Out of range float values are not JSON compliant: ' + repr(o))
            return text

        indent = self.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        return _encode(o, markers, self.default, encode_str, floatstr, self.key_separator,
                       self.item_separator, self.sort_keys, self.skipkeys, indent)


def _encode(top, markers, default, encode_str, floatstr, key_separator, item_separator,
            sort_keys, skipkeys, indent):
    parts = []
    append = parts.append

    def enc_value(o, level):
        if isinstance(o, str):
            append(encode_str(o))
        elif o is None:
            append('null')
        elif o is True:
            append('true')
        elif o is False:
            append('false')
        elif isinstance(o, int):
            append(_int_str(o))
        elif isinstance(o, float):
            append(floatstr(o))
        elif isinstance(o, (list, tuple)):
            enc_list(o, level)
        elif isinstance(o, dict):
            enc_dict(o, level)
        else:
            if markers is not None:
                marker = id(o)
                if marker in markers:
                    raise ValueError('Circular reference detected')
                markers[marker] = o
            enc_value(default(o), level)
            if markers is not None:
                del markers[marker]

    def enc_list(lst, level):
        if not lst:
            append('[]')
            return
        if markers is not None:
            marker = id(lst)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = lst
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            append('[' + newline_indent)
        else:
            newline_indent = None
            separator = item_separator
            append('[')
        first = True
        for value in lst:
            if first:
                first = False
            else:
                append(separator)
            # the common scalars inline, the rest through enc_value
            if isinstance(value, str):
                append(encode_str(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_int_str(value))
            elif isinstance(value, float):
                append(floatstr(value))
            else:
                enc_value(value, level)
        if newline_indent is not None:
            append('\n' + indent * (level - 1))
        append(']')
        if markers is not None:
            del markers[marker]

    def enc_dict(dct, level):
        if not dct:
            append('{}')
            return
        if markers is not None:
            marker = id(dct)
            if marker in markers:
                raise ValueError('Circular reference detected')
            markers[marker] = dct
        append('{')
        if indent is not None:
            level += 1
            newline_indent = '\n' + indent * level
            separator = item_separator + newline_indent
            append(newline_indent)
        else:
            newline_indent = None
            separator = item_separator
        if sort_keys:
            items = sorted(dct.items())
        else:
            items = dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = floatstr(key)
            elif key is True:
                key = 'true'
            elif key is False:
                key = 'false'
            elif key is None:
                key = 'null'
            elif isinstance(key, int):
                key = _int_str(key)
            elif skipkeys:
                continue
            else:
                raise TypeError(f'keys must be str, int, float, bool or None, '
                                f'not {key.__class__.__name__}')
            if first:
                first = False
            else:
                append(separator)
            append(encode_str(key))
            append(key_separator)
            if isinstance(value, str):
                append(encode_str(value))
            elif value is None:
                append('null')
            elif value is True:
                append('true')
            elif value is False:
                append('false')
            elif isinstance(value, int):
                append(_int_str(value))
            elif isinstance(value, float):
                append(floatstr(value))
            else:
                enc_value(value, level)
        if newline_indent is not None:
            append('\n' + indent * (level - 1))
        append('}')
        if markers is not None:
            del markers[marker]

    enc_value(top, 0)
    return parts


_default_encoder = JSONEncoder()


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj to a JSON formatted str."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        return _default_encoder.encode(obj)
    if cls is None:
        cls = JSONEncoder
    return cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
               allow_nan=allow_nan, indent=indent, separators=separators, default=default,
               sort_keys=sort_keys, **kw).encode(obj)


def dump(obj, fp, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
         cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    """Serialize obj as a JSON formatted stream to fp (an object with a write method)."""
    if (not skipkeys and ensure_ascii and check_circular and allow_nan and cls is None
            and indent is None and separators is None and default is None
            and not sort_keys and not kw):
        chunks = _default_encoder.iterencode(obj)
    else:
        if cls is None:
            cls = JSONEncoder
        chunks = cls(skipkeys=skipkeys, ensure_ascii=ensure_ascii,
                     check_circular=check_circular, allow_nan=allow_nan, indent=indent,
                     separators=separators, default=default, sort_keys=sort_keys,
                     **kw).iterencode(obj)
    for chunk in chunks:
        fp.write(chunk)


# ---------------------------------------------------------------------------------------------
# Decoding
# ---------------------------------------------------------------------------------------------

class JSONDecodeError(ValueError):
    """Subclass of ValueError with the following additional properties:

    msg: The unformatted error message
    doc: The JSON document being parsed
    pos: The start index of doc where parsing failed
    lineno: The line corresponding to pos
    colno: The column corresponding to pos
    """

    def __init__(self, msg, doc, pos):
        lineno = doc.count('\n', 0, pos) + 1
        colno = pos - doc.rfind('\n', 0, pos)
        errmsg = '%s: line %d column %d (char %d)' % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = 'json.decoder'

_CONSTANTS = {'-Infinity': _NEG_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}
_parse_constant = _CONSTANTS.__getitem__
_BACKSLASH = {'"': '"', '\\': '\\', '/': '/', 'b': '\b', 'f': '\f', 'n': '\n', 'r': '\r',
              't': '\t'}
_HEXDIGITS = '0123456789abcdefABCDEF'
_WS = ' \t\n\r'

# The decoder has two parsers. pygil's str methods and slices copy the whole string they are
# called on, so on a large document s.find(x, i) or s[i:j] costs O(len(s)) each time; only
# s[i] is cheap. The fast parser therefore cuts the document once with s.split('"') into
# string contents and the structural text between them, tokenizes those small pieces with
# native calls, and builds the value from the token list. It is only trusted for documents
# it fully accepts: anything it does not like (an error, an odd number) raises _Fallback,
# and the exact parser, which walks the document a character at a time with s[i] and has
# CPython's error messages and positions, takes over. raw_decode always uses the exact one.


class _Fallback(Exception):
    pass


_END = object()        # after the last token
# every character that may appear in JSON text outside strings
_STRUCTURAL_CHARS = {ord(_c): None for _c in ' \t\n\r{}[],:0123456789.eE+-truefalsnNIiy"'}
_CONTROL_CHARS = [chr(_i) for _i in range(0x20)]
_PUNCT_SPACED = [('{', ' { '), ('}', ' } '), ('[', ' [ '), (']', ' ] '), (',', ' , '),
                 (':', ' : '), ('"', ' " ')]


def _is_hex4(h):
    return (len(h) == 4 and h[0] in _HEXDIGITS and h[1] in _HEXDIGITS and h[2] in _HEXDIGITS
            and h[3] in _HEXDIGITS)


def _fast_string(c, strict):
    """The value of string contents c (between the quotes), or _Fallback if c is invalid."""
    if strict and not c.isprintable():
        for ch in _CONTROL_CHARS:
            if ch in c:
                raise _Fallback
    if '\\' not in c:
        return c
    parts = c.split('\\')
    out = [parts[0]]
    append = out.append
    n = len(parts)
    i = 1
    while i < n:
        p = parts[i]
        if not p:
            # an escaped backslash: the part after it is plain text
            if i + 1 >= n:
                raise _Fallback
            append('\\')
            append(parts[i + 1])
            i += 2
            continue
        e = p[0]
        if e == 'u':
            h = p[1:5]
            if not _is_hex4(h):
                raise _Fallback
            code = int(h, 16)
            rest = p[5:]
            if 0xd800 <= code <= 0xdbff and not rest and i + 1 < n:
                q = parts[i + 1]
                if q[:1] == 'u':
                    h = q[1:5]
                    if not _is_hex4(h):
                        raise _Fallback
                    low = int(h, 16)
                    if 0xdc00 <= low <= 0xdfff:
                        append(chr(0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))))
                        append(q[5:])
                        i += 2
                        continue
            append(chr(code))
            append(rest)
        else:
            r = _BACKSLASH.get(e)
            if r is None:
                raise _Fallback
            append(r)
            append(p[1:])
        i += 1
    return ''.join(out)


def _number_kind(t):
    """True for a JSON float literal, False for an int literal, None for neither."""
    u = t[1:] if t[0] == '-' else t
    is_float = False
    k = u.find('e')
    if k < 0:
        k = u.find('E')
    if k >= 0:
        exp = u[k + 1:]
        u = u[:k]
        if exp[:1] == '+' or exp[:1] == '-':
            exp = exp[1:]
        if not exp.isdigit():
            return None
        is_float = True
    if '.' in u:
        u, _, frac = u.partition('.')
        if not frac.isdigit():
            return None
        is_float = True
    if not u.isdigit() or (u[0] == '0' and len(u) > 1):
        return None
    return is_float


def _tokenize(s, strict):
    """The tokens of document s and the values of its strings, in order; a '"' token stands
    for the next string. Raises _Fallback where s is not valid JSON text."""
    pieces = s.split('"')
    if '\\"' in s:
        # a quote after an odd run of backslashes is inside a string: glue those pieces
        merged = [pieces[0]]
        n = len(pieces)
        i = 1
        while i < n:
            c = pieces[i]
            i += 1
            if c[-1:] == '\\' and (len(c) - len(c.rstrip('\\'))) % 2:
                joined = [c]
                while i < n:
                    c = pieces[i]
                    i += 1
                    joined.append(c)
                    if not (c[-1:] == '\\' and (len(c) - len(c.rstrip('\\'))) % 2):
                        break
                c = '"'.join(joined)
            merged.append(c)
            if i < n:
                merged.append(pieces[i])
                i += 1
        pieces = merged
    if not len(pieces) % 2:
        raise _Fallback     # an unterminated string
    strings = pieces[1::2]
    text = '"'.join(pieces[0::2])
    if text.translate(_STRUCTURAL_CHARS):
        raise _Fallback
    for ch, spaced in _PUNCT_SPACED:
        if ch in text:
            text = text.replace(ch, spaced)
    toks = text.split()
    toks.append(_END)
    if strings:
        stext = '"'.join(strings)
        if strict and not stext.isprintable():
            for ch in _CONTROL_CHARS:
                if ch in stext:
                    raise _Fallback
        if '\\' in stext:
            for i in range(len(strings)):
                if '\\' in strings[i]:
                    strings[i] = _fast_string(strings[i], False)
    return toks, strings


class _Validate:
    """Hooks for a dry run of _fast_parse: no conversions, so nothing but the structure
    can fail."""
    object_hook = object_pairs_hook = None
    parse_float = parse_int = parse_constant = str


_VALIDATE = _Validate()


def _fast_parse(toks, strings, ctx):
    """The value of the tokens; ctx is None for the default hooks."""
    if ctx is None:
        object_hook = pairs_hook = None
        parse_float = float
        parse_int = int
        parse_constant = _parse_constant
    else:
        object_hook = ctx.object_hook
        pairs_hook = ctx.object_pairs_hook
        parse_float = ctx.parse_float
        parse_int = ctx.parse_int
        parse_constant = ctx.parse_constant
    next_str = strings[::-1].pop     # the strings in document order

    def scalar(t):
        if t == 'true':
            return True
        if t == 'false':
            return False
        if t == 'null':
            return None
        if t == 'NaN' or t == 'Infinity' or t == '-Infinity':
            return parse_constant(t)
        kind = _number_kind(t)
        if kind is None:
            raise _Fallback
        if kind:
            return parse_float(t)
        return parse_int(t)

    def value(k):
        t = toks[k]
        if t == '"':
            return next_str(), k + 1
        if t == '{':
            k += 1
            pairs = []
            if toks[k] != '}':
                append = pairs.append
                while True:
                    if toks[k] != '"' or toks[k + 1] != ':':
                        raise _Fallback
                    key = next_str()
                    t = toks[k + 2]
                    if t == '"':
                        v = next_str()
                        k += 3
                    elif t == '{' or t == '[':
                        v, k = value(k + 2)
                    elif t is _END or t in '{}[],:':
                        raise _Fallback
                    else:
                        v = scalar(t)
                        k += 3
                    append((key, v))
                    t = toks[k]
                    if t == ',':
                        k += 1
                    elif t == '}':
                        break
                    else:
                        raise _Fallback
            if pairs_hook is not None:
                return pairs_hook(pairs), k + 1
            obj = dict(pairs)
            if object_hook is not None:
                obj = object_hook(obj)
            return obj, k + 1
        if t == '[':
            k += 1
            items = []
            if toks[k] != ']':
                append = items.append
                while True:
                    t = toks[k]
                    if t == '"':
                        append(next_str())
                        k += 1
                    elif t == '{' or t == '[':
                        v, k = value(k)
                        append(v)
                    elif t is _END or t in '{}[],:':
                        raise _Fallback
                    else:
                        append(scalar(t))
                        k += 1
                    t = toks[k]
                    if t == ',':
                        k += 1
                    elif t == ']':
                        break
                    else:
                        raise _Fallback
            return items, k + 1
        if t is _END or t in '}],:':
            raise _Fallback
        return scalar(t), k + 1

    obj, k = value(0)
    if toks[k] is not _END:
        raise _Fallback
    return obj


# ---- the exact parser: s[i] only, CPython's messages and positions ----

def _skip_ws(s, idx, n):
    while idx < n and s[idx] in _WS:
        idx += 1
    return idx


def _substring(s, start, stop):
    """s[start:stop] without copying all of s (see above)."""
    return ''.join([s[k] for k in range(start, stop)])


def _matches(s, idx, n, word):
    if idx + len(word) > n:
        return False
    for ch in word:
        if s[idx] != ch:
            return False
        idx += 1
    return True


def _unicode_escape(s, u, n):
    """The code unit of the \\uXXXX escape whose 'u' is at s[u]."""
    if u + 5 >= n:
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    h = s[u + 1] + s[u + 2] + s[u + 3] + s[u + 4]
    if not _is_hex4(h):
        raise JSONDecodeError('Invalid \\uXXXX escape', s, u)
    return int(h, 16)


def _scanstring(s, end, strict=True):
    """Scan the string literal whose opening quote is at s[end - 1]: returns its value and
    the index just after its closing quote."""
    begin = end - 1
    n = len(s)
    chunks = []
    append = chunks.append
    while True:
        if end >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        ch = s[end]
        if ch == '"':
            return ''.join(chunks), end + 1
        if ch != '\\':
            if ch < ' ' and strict:
                raise JSONDecodeError('Invalid control character at', s, end)
            append(ch)
            end += 1
            continue
        if end + 1 >= n:
            raise JSONDecodeError('Unterminated string starting at', s, begin)
        esc = s[end + 1]
        if esc != 'u':
            c = _BACKSLASH.get(esc)
            if c is None:
                raise JSONDecodeError('Invalid \\escape', s, end)
            append(c)
            end += 2
            continue
        code = _unicode_escape(s, end + 1, n)
        end += 6
        if (0xd800 <= code <= 0xdbff and end + 1 < n and s[end] == '\\'
                and s[end + 1] == 'u'):
            low = _unicode_escape(s, end + 1, n)
            if 0xdc00 <= low <= 0xdfff:
                code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                end += 6
        append(chr(code))


def _make_scanner(context):
    """scan_once(s, idx) -> (value, end) for the decoder context; raises JSONDecodeError
    'Expecting value' where no value starts."""
    parse_object_hook = context.object_hook
    parse_pairs_hook = context.object_pairs_hook
    parse_float = context.parse_float
    parse_int = context.parse_int
    parse_constant = context.parse_constant
    strict = context.strict
    ws = _WS

    def scan_number(s, idx, n):
        start = idx
        if s[idx] == '-':
            idx += 1
            if idx >= n:
                raise JSONDecodeError('Expecting value', s, start)
        c = s[idx]
        if '1' <= c <= '9':
            idx += 1
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        elif c == '0':
            idx += 1
        else:
            raise JSONDecodeError('Expecting value', s, start)
        is_float = False
        if idx < n - 1 and s[idx] == '.' and '0' <= s[idx + 1] <= '9':
            is_float = True
            idx += 2
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
        if idx < n - 1 and (s[idx] == 'e' or s[idx] == 'E'):
            e_start = idx
            idx += 1
            if s[idx] == '-' or s[idx] == '+':
                idx += 1
            digits = idx
            while idx < n and '0' <= s[idx] <= '9':
                idx += 1
            if idx > digits:
                is_float = True
            else:
                idx = e_start
        text = _substring(s, start, idx)
        if is_float:
            return parse_float(text), idx
        return parse_int(text), idx

    def scan_object(s, idx, n):
        pairs = []
        append = pairs.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != '}':
            while True:
                if idx >= n or s[idx] != '"':
                    raise JSONDecodeError('Expecting property name enclosed in double quotes',
                                          s, idx)
                key, idx = _scanstring(s, idx + 1, strict)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx >= n or s[idx] != ':':
                    raise JSONDecodeError("Expecting ':' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
                value, idx = scan_once(s, idx)
                append((key, value))
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == '}':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        idx += 1
        if parse_pairs_hook is not None:
            return parse_pairs_hook(pairs), idx
        obj = dict(pairs)
        if parse_object_hook is not None:
            obj = parse_object_hook(obj)
        return obj, idx

    def scan_array(s, idx, n):
        values = []
        append = values.append
        while idx < n and s[idx] in ws:
            idx += 1
        if idx >= n or s[idx] != ']':
            while True:
                value, idx = scan_once(s, idx)
                append(value)
                while idx < n and s[idx] in ws:
                    idx += 1
                if idx < n and s[idx] == ']':
                    break
                if idx >= n or s[idx] != ',':
                    raise JSONDecodeError("Expecting ',' delimiter", s, idx)
                idx += 1
                while idx < n and s[idx] in ws:
                    idx += 1
        return values, idx + 1

    def scan_once(s, idx):
        n = len(s)
        if idx >= n:
            raise JSONDecodeError('Expecting value', s, idx)
        c = s[idx]
        if c == '"':
            return _scanstring(s, idx + 1, strict)
        if c == '{':
            return scan_object(s, idx + 1, n)
        if c == '[':
            return scan_array(s, idx + 1, n)
        if c == 'n' and _matches(s, idx, n, 'null'):
            return None, idx + 4
        if c == 't' and _matches(s, idx, n, 'true'):
            return True, idx + 4
        if c == 'f' and _matches(s, idx, n, 'false'):
            return False, idx + 5
        if c == 'N' and _matches(s, idx, n, 'NaN'):
            return parse_constant('NaN'), idx + 3
        if c == 'I' and _matches(s, idx, n, 'Infinity'):
            return parse_constant('Infinity'), idx + 8
        if c == '-' and _matches(s, idx, n, '-Infinity'):
            return parse_constant('-Infinity'), idx + 9
        return scan_number(s, idx, n)

    return scan_once


class JSONDecoder:
    """Simple JSON decoder: object -> dict, array -> list, string -> str, number -> int or
    float, true/false -> True/False, null -> None, and NaN, Infinity, -Infinity as floats."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _make_scanner(self)

    def decode(self, s):
        """The Python value of the JSON document s (a str)."""
        if isinstance(s, str):
            try:
                toks, strings = _tokenize(s, self.strict)
                if (self.object_hook is None and self.object_pairs_hook is None
                        and self.parse_float is float and self.parse_int is int
                        and self.parse_constant is _parse_constant):
                    return _fast_parse(toks, strings, None)
                # hooks may have side effects: check the structure before calling any
                _fast_parse(toks, strings, _VALIDATE)
            except _Fallback:
                pass
            else:
                return _fast_parse(toks, strings, self)
        n = len(s)
        obj, end = self.raw_decode(s, _skip_ws(s, 0, n))
        end = _skip_ws(s, end, n)
        if end != n:
            raise JSONDecodeError('Extra data', s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode the JSON value starting at s[idx]: returns (value, index after it)."""
        if idx < 0:
            raise ValueError('idx cannot be negative')
        return self.scan_once(s, idx)


JSONEncoder.__module__ = 'json.encoder'
JSONDecoder.__module__ = 'json.decoder'

_default_decoder = JSONDecoder()


def detect_encoding(b):
    """The encoding of JSON bytes b: utf-8, utf-8-sig, or a UTF-16/32 form (RFC 4627)."""
    bstartswith = b.startswith
    if bstartswith((b'\x00\x00\xfe\xff', b'\xff\xfe\x00\x00')):
        return 'utf-32'
    if bstartswith((b'\xff\xfe', b'\xfe\xff')):
        return 'utf-16'
    if bstartswith(b'\xef\xbb\xbf'):
        return 'utf-8-sig'
    if len(b) >= 4:
        if not b[0]:
            return 'utf-16-be' if b[1] else 'utf-32-be'
        if not b[1]:
            return 'utf-16-le' if b[2] or b[3] else 'utf-32-le'
    elif len(b) == 2:
        if not b[0]:
            return 'utf-16-be'
        if not b[1]:
            return 'utf-16-le'
    return 'utf-8'


def _decode_utf16_32(b, encoding):
    """Decode UTF-16/32 bytes by hand (pygil's bytes.decode knows only UTF-8 and ASCII)."""
    width = 4 if encoding.startswith('utf-32') else 2
    if encoding in ('utf-16', 'utf-32'):
        if b[:width] in (b'\xff\xfe', b'\xff\xfe\x00\x00'):
            little = True
        else:
            little = False
        b = b[width:]
    else:
        little = encoding.endswith('le')
    if len(b) % width:
        raise UnicodeDecodeError(encoding, bytes(b), len(b) - len(b) % width, len(b),
                                 'truncated data')
    units = []
    for i in range(0, len(b), width):
        v = 0
        if little:
            for j in range(width - 1, -1, -1):
                v = (v << 8) | b[i + j]
        else:
            for j in range(width):
                v = (v << 8) | b[i + j]
        units.append(v)
    out = []
    i = 0
    while i < len(units):
        v = units[i]
        if (width == 2 and 0xd800 <= v <= 0xdbff and i + 1 < len(units)
                and 0xdc00 <= units[i + 1] <= 0xdfff):
            v = 0x10000 + ((v - 0xd800) << 10) + (units[i + 1] - 0xdc00)
            i += 1
        out.append(chr(v))
        i += 1
    return ''.join(out)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize s (a str, bytes or bytearray holding a JSON document) to a Python value."""
    if isinstance(s, str):
        if s.startswith('\ufeff'):
            raise JSONDecodeError('Unexpected UTF-8 BOM (decode using utf-8-sig)', s, 0)
    else:
        if not isinstance(s, (bytes, bytearray)):
            raise TypeError(f'the JSON object must be str, bytes or bytearray, '
                            f'not {s.__class__.__name__}')
        encoding = detect_encoding(s)
        if encoding == 'utf-8':
            s = s.decode('utf-8')
        elif encoding == 'utf-8-sig':
            s = s[3:].decode('utf-8')
        else:
            s = _decode_utf16_32(s, encoding)
    if (cls is None and object_hook is None and parse_int is None and parse_float is None
            and parse_constant is None and object_pairs_hook is None and not kw):
        return _default_decoder.decode(s)
    if cls is None:
        cls = JSONDecoder
    if object_hook is not None:
        kw['object_hook'] = object_hook
    if object_pairs_hook is not None:
        kw['object_pairs_hook'] = object_pairs_hook
    if parse_float is not None:
        kw['parse_float'] = parse_float
    if parse_int is not None:
        kw['parse_int'] = parse_int
    if parse_constant is not None:
        kw['parse_constant'] = parse_constant
    return cls(**kw).decode(s)


def load(fp, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
         parse_constant=None, object_pairs_hook=None, **kw):
    """Deserialize fp (an object with a read method returning a JSON document)."""
    return loads(fp.read(), cls=cls, object_hook=object_hook, parse_float=parse_float,
                 parse_int=parse_int, parse_constant=parse_constant,
                 object_pairs_hook=object_pairs_hook, **kw)
