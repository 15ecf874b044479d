// corpus.ts - small programs whose bytecode must match CPython 3.11's, instruction for
// instruction (after the normalisation in pyref.py), with the same lines, constants, names,
// locals, flags, stack sizes and exception tables. Each exercises one area of codegen.
// Must never: use features where pygil differs from 3.11 on purpose (a lone *args call,
// constant sets, complex literals); those have their own tests.

export const CORPUS: Record<string, string> = {
  arithmetic: `
def f(a, b):
    c = a + b * 2 - a // b % 3
    d = -a, +b, ~a, not b
    e = a ** 2 @ b
    a <<= 1
    b >>= a | b & c ^ d
    return c / d
`,
  constantFolding: `
x = 2 * 3 + 1.5
y = -1
z = (1, 2, (3, -4.5), 'a' + 'b', 'ab' * 3, None, ..., b'x')
w = not 1
v = 7 // 2, 7 % -3, -7.5 // 2, 2 ** 10, 1 << 10, 255 >> 4, 5 & 3, 5 | 3, 5 ^ 3, 1 / 4
u = 'abc'[1], (1, 2, 3)[-1]
t = 1 / 0
s = ()
r = __debug__
`,
  constDedup: `
def f():
    return (1, 1.0, True, 0.0, -0.0, 'a', b'a', 1, 'a')
`,
  names: `
import os
g = 1
def f(a):
    global g
    g = a
    del g
    b = a
    del b
    return os.path, len(a)
class C:
    x = g
    del x
`,
  closures: `
def outer(a):
    b = 1
    def inner(c):
        nonlocal b
        b += c
        def innermost():
            return a, b, c
        return innermost
    del a
    return inner
`,
  argCell: `
def f(x, *args, y=1, **kw):
    def g():
        return x, args, y, kw
    x = 2
    return g
`,
  classes: `
class A:
    """Doc."""
    x = 1
    def __init__(self, v):
        self.__v = v
    def get(self):
        return self.__v
    @staticmethod
    def s():
        return __class__
class B(A, metaclass=type):
    def get(self):
        return super().get() + 1
`,
  classFreeVars: `
def f():
    x = 1
    y = 2
    class C:
        x = 3
        z = y
        def m(self):
            return x, y
    return C
`,
  decorators: `
@d1
@d2(3)
def f():
    pass
@dec
class K:
    pass
`,
  defaultsAndKw: `
def f(a, b=1, /, c=2, *, d, e=3, **k):
    return a
def g(a=[], b=(1, 2), *, c=x):
    pass
lam = lambda x, y=2, *a, z=3, **k: x + y
`,
  calls: `
def f(a, b, c):
    g(a)
    g(a, b, k=c)
    a.m(b, c=1)
    a.b.m()
    g(1, *b, 2, *c)
    g(a, *b, x=1, **c)
    g(a, **b)
    g(x=1, **b, y=2)
    g(**a, **b)
    len(a)
    return g(a)(b)
`,
  manyArgs: `
f(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
  a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32)
o.m(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
  a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32)
f(k0=1, k1=1, k2=1, k3=1, k4=1, k5=1, k6=1, k7=1, k8=1, k9=1, k10=1, k11=1, k12=1, k13=1,
  k14=1, k15=1, k16=1)
`,
  displays: `
def f(a, b):
    l = [1, 2, 3]
    l2 = [a, b]
    l3 = [1, *a, 2]
    t = (a, *b)
    t2 = (*a,)
    s = {a, b}
    s2 = {*a, b}
    d = {'x': 1, 'y': a}
    d2 = {a: 1}
    d3 = {a: b, **b, 'k': 2}
    d4 = {}
    d5 = {**a}
    return l, t, s, d
`,
  bigDisplays: `
x = [a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19,
     a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32]
y = {k0: 0, k1: 1, k2: 2, k3: 3, k4: 4, k5: 5, k6: 6, k7: 7, k8: 8, k9: 9, k10: 10, k11: 11,
     k12: 12, k13: 13, k14: 14, k15: 15, k16: 16, k17: 17}
`,
  unpacking: `
def f(x):
    a, b = x
    a, *b, c = x
    *a, b = x
    [a, (b, c)] = x
    a, b = b, a
    a, b, c = c, b, a
    a = b = c = x
    for i, (j, k) in x:
        pass
    return a
a, b = b, a
`,
  subscripts: `
def f(a, i, j):
    a[i] = a[j]
    a[i:j] = a[::2]
    del a[i], a[i:j:2]
    a[i] += 1
    a[i:j] *= 2
    a.b += 1
    a.b.c -= a[1, 2]
    return a[1:], a[:, 0]
`,
  comparisons: `
def f(a, b, c):
    x = a < b
    y = a < b < c
    z = a == b != c >= a
    w = a is b, a is not b, a in b, a not in b
    v = not a is b, not a in b
    u = a in [1, 2], a in [b, c]
    return x
`,
  conditions: `
def f(a, b, c):
    if a:
        x = 1
    elif b:
        x = 2
    else:
        x = 3
    if a and b or c:
        x = 4
    if not (a or b):
        x = 5
    if a < b < c:
        x = 6
    if a is None:
        x = 7
    if a is not None and b:
        x = 8
    if (a if b else c):
        x = 9
    return x if a else -x
`,
  boolValues: `
def f(a, b, c):
    x = a and b
    y = a or b or c
    z = a and (b or c)
    w = (a or b) and c
    return x, y, z, w
`,
  whileLoops: `
def f(n):
    i = 0
    while i < n:
        i += 1
        if i == 3:
            continue
        if i == 5:
            break
    else:
        i = -1
    while True:
        n -= 1
        if not n:
            break
    while n:
        pass
    return i
`,
  forLoops: `
def f(xs):
    total = 0
    for x in xs:
        if x:
            continue
        total += x
    else:
        total = 0
    for i in range(10):
        for j in [1, 2, 3]:
            if j:
                break
        else:
            return i
    for k in xs:
        pass
    return total
`,
  tryExcept: `
def f():
    try:
        a()
    except ValueError:
        b()
    except (TypeError, KeyError) as e:
        c(e)
    except:
        d()
    else:
        e2()
    return 1
`,
  tryFinally: `
def f():
    try:
        a()
    finally:
        b()
    try:
        a()
    except E as e:
        raise X from e
    finally:
        c()
`,
  returnsInTry: `
def f(x):
    try:
        return g(x)
    except E:
        return 2
    finally:
        h()
def f2(x):
    for i in x:
        try:
            if i:
                break
            continue
        finally:
            g()
def f3(x):
    try:
        pass
    finally:
        return x
def f4(x):
    try:
        g()
    except E as e:
        return e
`,
  nestedTry: `
def f():
    try:
        try:
            a()
        except A:
            raise
        finally:
            b()
    except B as e:
        try:
            c(e)
        except C:
            pass
    return 0
`,
  raises: `
def f(x):
    if x:
        raise
    if x > 1:
        raise ValueError
    raise ValueError(x) from None
`,
  withStmt: `
def f(p):
    with open(p) as fp:
        data = fp.read()
    with a, b as (c, d):
        pass
    with lock:
        return data
`,
  withBreak: `
def f(xs):
    for x in xs:
        with x as y:
            if y:
                break
            continue
    return 1
`,
  generators: `
def gen(n):
    for i in range(n):
        yield i
    x = yield
    y = yield from gen(x)
    return y
def g2():
    yield 1
    return
`,
  genWithCells: `
def gen(a):
    def inner():
        return a
    yield inner
`,
  comprehensions: `
def f(xs, ys):
    a = [x for x in xs]
    b = {x for x in xs if x if not x}
    c = {x: y for x in xs for y in ys}
    d = (x * y for x in xs if x for y in ys)
    e = [[y for y in x] for x in xs]
    g = [x for x in [1, 2, 3]]
    h = [y for x in xs for y in [x]]
    return a, b, c, d, e, g, h
m = [i for i in range(3)]
`,
  comprehensionClosures: `
def f(n):
    return [lambda: x + n for x in range(n)]
class C:
    v = 1
    w = [v for _ in range(3)]
`,
  walrus: `
def f(xs):
    if (n := len(xs)) > 3:
        return n
    ys = [y for x in xs if (y := x * 2)]
    return ys, y
[z := 1 for _ in 'ab']
`,
  lambdas: `
f = lambda: 0
g = lambda x, *y: (x, y)
def outer(a):
    return lambda b: a + b
h = lambda: (yield)
`,
  fstrings: `
def f(a, b, w):
    s = f"{a}"
    t = f"x{a!r}y{b!s:>{w}}z{a!a}"
    u = f"{a:{w}.{b}}"
    v = f"plain"
    return s, t, u, v
`,
  imports: `
import a
import a.b.c
import a.b.c as d, e as f
from m import x
from m import x as y, z
from . import rel
from ..pkg.mod import thing as other
from q import *
def inside():
    import inner.mod
    from inner import name
    return inner, name
`,
  asserts: `
def f(x):
    assert x
    assert x, 'message %s' % x
    assert not x, x
`,
  deletes: `
x = 1
del x
def f(a):
    b = a
    del a, b
    def g():
        nonlocal c
        del c
    c = 1
    return g
`,
  annotationsModule: `
x: int = 1
y: 'str'
a.b: int
a[0]: int = 2
class C:
    z: int = 3
    w: list
`,
  annotationsLocal: `
def f():
    x: int = 1
    y: str
    return x
`,
  globalsAtModule: `
def f():
    global counter
    counter = 0
counter = 5
print(counter)
`,
  expressionStatements: `
def f(a):
    1
    'str'
    a
    a.b
    ...
    -1
    (1, 2)
`,
  multiline: `
def f(a,
      b):
    x = (a +
         b)
    y = g(
        a,
        b,
    )
    return (a
            .m()
            .n(b))
`,
  returnForms: `
def f(x):
    if x:
        return
    if x > 1:
        return 1
    if x > 2:
        return (x,
                1)
    return x
`,
  ifExpressionJumps: `
def f(a, b, c):
    while a and not b:
        a = b
    while (a or b) and c:
        pass
    return [x for x in a if x and not c]
`,
  privateNames: `
class C:
    __a = 1
    def __m(self, __p):
        self.__q = __p
        return C.__a, __p, self.__dunder__
    def n(self, *, __k=1):
        return __k
`,
  nestedFunctions: `
def a():
    def b():
        def c():
            class D:
                def e(self):
                    return f
            return D
        f = 1
        return c
    return b
`,
  misc: `
if __name__ == '__main__':
    pass
x = 1 if y else 2
print(1, *args)
`,
  generatorTry: `
def gen(xs):
    try:
        for x in xs:
            try:
                yield x
            except GeneratorExit:
                raise
            finally:
                cleanup()
    finally:
        yield -1
`,
  tryAll: `
def f(x):
    while x:
        try:
            x = g(x)
        except KeyError as k:
            if k:
                continue
            break
        except IndexError:
            return -1
        else:
            x -= 1
        finally:
            h()
    else:
        return 0
    return x
`,
  exceptNameCell: `
def f():
    try:
        g()
    except E as e:
        return lambda: e
`,
  qualnames: `
def outer():
    global gfun
    def gfun():
        def inner():
            pass
        return inner
    class K:
        def m(self):
            return lambda: [x for x in ()]
        class Inner:
            pass
    return K
`,
  classKeywords: `
class A(B, *mixins, metaclass=M, **opts):
    pass
class E(Exception):
    def __init__(self, *args):
        super().__init__(1, *args)
    def __repr__(self):
        return f"{__class__.__name__}"
`,
  manyLocals: `
def f():
    v0 = 0
    v1 = 1
    v2 = 2
    v3 = 3
    v4 = 4
    v5 = 5
    v6 = 6
    v7 = 7
    v8 = 8
    v9 = 9
    v10 = 10
    v11 = 11
    v12 = 12
    v13 = 13
    v14 = 14
    v15 = 15
    v16 = 16
    v17 = 17
    v18 = 18
    v19 = 19
    v20 = 20
    v21 = 21
    v22 = 22
    v23 = 23
    v24 = 24
    v25 = 25
    v26 = 26
    v27 = 27
    v28 = 28
    v29 = 29
    v30 = 30
    v31 = 31
    v32 = 32
    v33 = 33
    v34 = 34
    v35 = 35
    v36 = 36
    v37 = 37
    v38 = 38
    v39 = 39
    v40 = 40
    v41 = 41
    v42 = 42
    v43 = 43
    v44 = 44
    v45 = 45
    v46 = 46
    v47 = 47
    v48 = 48
    v49 = 49
    v50 = 50
    v51 = 51
    v52 = 52
    v53 = 53
    v54 = 54
    v55 = 55
    v56 = 56
    v57 = 57
    v58 = 58
    v59 = 59
    v60 = 60
    v61 = 61
    v62 = 62
    v63 = 63
    v64 = 64
    v65 = 65
    v66 = 66
    v67 = 67
    v68 = 68
    v69 = 69
    v70 = 70
    v71 = 71
    v72 = 72
    v73 = 73
    v74 = 74
    v75 = 75
    v76 = 76
    v77 = 77
    v78 = 78
    v79 = 79
    v80 = 80
    v81 = 81
    v82 = 82
    v83 = 83
    v84 = 84
    v85 = 85
    v86 = 86
    v87 = 87
    v88 = 88
    v89 = 89
    v90 = 90
    v91 = 91
    v92 = 92
    v93 = 93
    v94 = 94
    v95 = 95
    v96 = 96
    v97 = 97
    v98 = 98
    v99 = 99
    v100 = 100
    v101 = 101
    v102 = 102
    v103 = 103
    v104 = 104
    v105 = 105
    v106 = 106
    v107 = 107
    v108 = 108
    v109 = 109
    v110 = 110
    v111 = 111
    v112 = 112
    v113 = 113
    v114 = 114
    v115 = 115
    v116 = 116
    v117 = 117
    v118 = 118
    v119 = 119
    v120 = 120
    v121 = 121
    v122 = 122
    v123 = 123
    v124 = 124
    v125 = 125
    v126 = 126
    v127 = 127
    v128 = 128
    v129 = 129
    v130 = 130
    v131 = 131
    v132 = 132
    v133 = 133
    v134 = 134
    v135 = 135
    v136 = 136
    v137 = 137
    v138 = 138
    v139 = 139
    v140 = 140
    v141 = 141
    v142 = 142
    v143 = 143
    v144 = 144
    v145 = 145
    v146 = 146
    v147 = 147
    v148 = 148
    v149 = 149
    v150 = 150
    v151 = 151
    v152 = 152
    v153 = 153
    v154 = 154
    v155 = 155
    v156 = 156
    v157 = 157
    v158 = 158
    v159 = 159
    v160 = 160
    v161 = 161
    v162 = 162
    v163 = 163
    v164 = 164
    v165 = 165
    v166 = 166
    v167 = 167
    v168 = 168
    v169 = 169
    v170 = 170
    v171 = 171
    v172 = 172
    v173 = 173
    v174 = 174
    v175 = 175
    v176 = 176
    v177 = 177
    v178 = 178
    v179 = 179
    v180 = 180
    v181 = 181
    v182 = 182
    v183 = 183
    v184 = 184
    v185 = 185
    v186 = 186
    v187 = 187
    v188 = 188
    v189 = 189
    v190 = 190
    v191 = 191
    v192 = 192
    v193 = 193
    v194 = 194
    v195 = 195
    v196 = 196
    v197 = 197
    v198 = 198
    v199 = 199
    v200 = 200
    v201 = 201
    v202 = 202
    v203 = 203
    v204 = 204
    v205 = 205
    v206 = 206
    v207 = 207
    v208 = 208
    v209 = 209
    v210 = 210
    v211 = 211
    v212 = 212
    v213 = 213
    v214 = 214
    v215 = 215
    v216 = 216
    v217 = 217
    v218 = 218
    v219 = 219
    v220 = 220
    v221 = 221
    v222 = 222
    v223 = 223
    v224 = 224
    v225 = 225
    v226 = 226
    v227 = 227
    v228 = 228
    v229 = 229
    v230 = 230
    v231 = 231
    v232 = 232
    v233 = 233
    v234 = 234
    v235 = 235
    v236 = 236
    v237 = 237
    v238 = 238
    v239 = 239
    v240 = 240
    v241 = 241
    v242 = 242
    v243 = 243
    v244 = 244
    v245 = 245
    v246 = 246
    v247 = 247
    v248 = 248
    v249 = 249
    v250 = 250
    v251 = 251
    v252 = 252
    v253 = 253
    v254 = 254
    v255 = 255
    v256 = 256
    v257 = 257
    v258 = 258
    v259 = 259
    v260 = 260
    v261 = 261
    v262 = 262
    v263 = 263
    v264 = 264
    v265 = 265
    v266 = 266
    v267 = 267
    v268 = 268
    v269 = 269
    v270 = 270
    v271 = 271
    v272 = 272
    v273 = 273
    v274 = 274
    v275 = 275
    v276 = 276
    v277 = 277
    v278 = 278
    v279 = 279
    v280 = 280
    v281 = 281
    v282 = 282
    v283 = 283
    v284 = 284
    v285 = 285
    v286 = 286
    v287 = 287
    v288 = 288
    v289 = 289
    v290 = 290
    v291 = 291
    v292 = 292
    v293 = 293
    v294 = 294
    v295 = 295
    v296 = 296
    v297 = 297
    v298 = 298
    v299 = 299
    return v0 + v299
`,
  longJumps: `
def f(x):
    while x:
        x = g(x, 0, "0")
        x = g(x, 1, "1")
        x = g(x, 2, "2")
        x = g(x, 3, "3")
        x = g(x, 4, "4")
        x = g(x, 5, "5")
        x = g(x, 6, "6")
        x = g(x, 7, "7")
        x = g(x, 8, "8")
        x = g(x, 9, "9")
        x = g(x, 10, "10")
        x = g(x, 11, "11")
        x = g(x, 12, "12")
        x = g(x, 13, "13")
        x = g(x, 14, "14")
        x = g(x, 15, "15")
        x = g(x, 16, "16")
        x = g(x, 17, "17")
        x = g(x, 18, "18")
        x = g(x, 19, "19")
        x = g(x, 20, "20")
        x = g(x, 21, "21")
        x = g(x, 22, "22")
        x = g(x, 23, "23")
        x = g(x, 24, "24")
        x = g(x, 25, "25")
        x = g(x, 26, "26")
        x = g(x, 27, "27")
        x = g(x, 28, "28")
        x = g(x, 29, "29")
        x = g(x, 30, "30")
        x = g(x, 31, "31")
        x = g(x, 32, "32")
        x = g(x, 33, "33")
        x = g(x, 34, "34")
        x = g(x, 35, "35")
        x = g(x, 36, "36")
        x = g(x, 37, "37")
        x = g(x, 38, "38")
        x = g(x, 39, "39")
        x = g(x, 40, "40")
        x = g(x, 41, "41")
        x = g(x, 42, "42")
        x = g(x, 43, "43")
        x = g(x, 44, "44")
        x = g(x, 45, "45")
        x = g(x, 46, "46")
        x = g(x, 47, "47")
        x = g(x, 48, "48")
        x = g(x, 49, "49")
        x = g(x, 50, "50")
        x = g(x, 51, "51")
        x = g(x, 52, "52")
        x = g(x, 53, "53")
        x = g(x, 54, "54")
        x = g(x, 55, "55")
        x = g(x, 56, "56")
        x = g(x, 57, "57")
        x = g(x, 58, "58")
        x = g(x, 59, "59")
        x = g(x, 60, "60")
        x = g(x, 61, "61")
        x = g(x, 62, "62")
        x = g(x, 63, "63")
        x = g(x, 64, "64")
        x = g(x, 65, "65")
        x = g(x, 66, "66")
        x = g(x, 67, "67")
        x = g(x, 68, "68")
        x = g(x, 69, "69")
        x = g(x, 70, "70")
        x = g(x, 71, "71")
        x = g(x, 72, "72")
        x = g(x, 73, "73")
        x = g(x, 74, "74")
        x = g(x, 75, "75")
        x = g(x, 76, "76")
        x = g(x, 77, "77")
        x = g(x, 78, "78")
        x = g(x, 79, "79")
        x = g(x, 80, "80")
        x = g(x, 81, "81")
        x = g(x, 82, "82")
        x = g(x, 83, "83")
        x = g(x, 84, "84")
        x = g(x, 85, "85")
        x = g(x, 86, "86")
        x = g(x, 87, "87")
        x = g(x, 88, "88")
        x = g(x, 89, "89")
        x = g(x, 90, "90")
        x = g(x, 91, "91")
        x = g(x, 92, "92")
        x = g(x, 93, "93")
        x = g(x, 94, "94")
        x = g(x, 95, "95")
        x = g(x, 96, "96")
        x = g(x, 97, "97")
        x = g(x, 98, "98")
        x = g(x, 99, "99")
    return x
`,
  longIf: `
def f(x):
    if x:
        y0 = x.a0
        y1 = x.a1
        y2 = x.a2
        y3 = x.a3
        y4 = x.a4
        y5 = x.a5
        y6 = x.a6
        y7 = x.a7
        y8 = x.a8
        y9 = x.a9
        y10 = x.a10
        y11 = x.a11
        y12 = x.a12
        y13 = x.a13
        y14 = x.a14
        y15 = x.a15
        y16 = x.a16
        y17 = x.a17
        y18 = x.a18
        y19 = x.a19
        y20 = x.a20
        y21 = x.a21
        y22 = x.a22
        y23 = x.a23
        y24 = x.a24
        y25 = x.a25
        y26 = x.a26
        y27 = x.a27
        y28 = x.a28
        y29 = x.a29
        y30 = x.a30
        y31 = x.a31
        y32 = x.a32
        y33 = x.a33
        y34 = x.a34
        y35 = x.a35
        y36 = x.a36
        y37 = x.a37
        y38 = x.a38
        y39 = x.a39
        y40 = x.a40
        y41 = x.a41
        y42 = x.a42
        y43 = x.a43
        y44 = x.a44
        y45 = x.a45
        y46 = x.a46
        y47 = x.a47
        y48 = x.a48
        y49 = x.a49
        y50 = x.a50
        y51 = x.a51
        y52 = x.a52
        y53 = x.a53
        y54 = x.a54
        y55 = x.a55
        y56 = x.a56
        y57 = x.a57
        y58 = x.a58
        y59 = x.a59
        y60 = x.a60
        y61 = x.a61
        y62 = x.a62
        y63 = x.a63
        y64 = x.a64
        y65 = x.a65
        y66 = x.a66
        y67 = x.a67
        y68 = x.a68
        y69 = x.a69
        y70 = x.a70
        y71 = x.a71
        y72 = x.a72
        y73 = x.a73
        y74 = x.a74
        y75 = x.a75
        y76 = x.a76
        y77 = x.a77
        y78 = x.a78
        y79 = x.a79
        y80 = x.a80
        y81 = x.a81
        y82 = x.a82
        y83 = x.a83
        y84 = x.a84
        y85 = x.a85
        y86 = x.a86
        y87 = x.a87
        y88 = x.a88
        y89 = x.a89
        y90 = x.a90
        y91 = x.a91
        y92 = x.a92
        y93 = x.a93
        y94 = x.a94
        y95 = x.a95
        y96 = x.a96
        y97 = x.a97
        y98 = x.a98
        y99 = x.a99
        y100 = x.a100
        y101 = x.a101
        y102 = x.a102
        y103 = x.a103
        y104 = x.a104
        y105 = x.a105
        y106 = x.a106
        y107 = x.a107
        y108 = x.a108
        y109 = x.a109
        y110 = x.a110
        y111 = x.a111
        y112 = x.a112
        y113 = x.a113
        y114 = x.a114
        y115 = x.a115
        y116 = x.a116
        y117 = x.a117
        y118 = x.a118
        y119 = x.a119
        y120 = x.a120
        y121 = x.a121
        y122 = x.a122
        y123 = x.a123
        y124 = x.a124
        y125 = x.a125
        y126 = x.a126
        y127 = x.a127
        y128 = x.a128
        y129 = x.a129
        y130 = x.a130
        y131 = x.a131
        y132 = x.a132
        y133 = x.a133
        y134 = x.a134
        y135 = x.a135
        y136 = x.a136
        y137 = x.a137
        y138 = x.a138
        y139 = x.a139
        y140 = x.a140
        y141 = x.a141
        y142 = x.a142
        y143 = x.a143
        y144 = x.a144
        y145 = x.a145
        y146 = x.a146
        y147 = x.a147
        y148 = x.a148
        y149 = x.a149
    else:
        return 1
    return 2
`,
  fstringJoin: 'x = f"{a0}-{a1}-{a2}-{a3}-{a4}-{a5}-{a6}-{a7}-{a8}-{a9}-{a10}-{a11}-{a12}-{a13}-{a14}-{a15}-{a16}-{a17}-{a18}-{a19}-"\n',
  fstringJoinBig: 'x = f"{a0}-{a1}-{a2}-{a3}-{a4}-{a5}-{a6}-{a7}-{a8}-{a9}-{a10}-{a11}-{a12}-{a13}-{a14}-{a15}-{a16}-{a17}-{a18}-{a19}-{a20}-{a21}-{a22}-{a23}-{a24}-{a25}-{a26}-{a27}-{a28}-{a29}-{a30}-{a31}-{a32}-{a33}-{a34}-{a35}-{a36}-{a37}-{a38}-{a39}-"\n',
  nestedGenerators: `
def f(rows):
    return sum(x for row in rows for x in row if x), {k: [v for v in vs] for k, vs in rows}
`,
  augGlobalCell: `
n = 0
def f():
    global n
    n += 1
    m = 0
    def g():
        nonlocal m
        m += 1
        m **= 2
    return g
`,
  chainedAssign: `
def f(x):
    a = b, c = x
    d[0] = e.f = g = x
    return a, b, c, g
`,
  nestedFunctionDefaults: `
def f(a, b=lambda: c, *, k=[i for i in z]):
    return a
`,
  whileElseBreakTry: `
def f(it):
    while True:
        try:
            v = next(it)
        except StopIteration:
            break
        else:
            if v:
                return v
    return None
`,
  loopInFinally: `
def f(xs):
    try:
        pass
    finally:
        for x in xs:
            if x:
                break
            continue
`,
  returnInWithInLoop: `
def f(xs):
    for x in xs:
        with x:
            try:
                return x
            finally:
                x.close()
`,
  moduleTry: `
try:
    import json
except ImportError:
    json = None
else:
    pass
finally:
    done = True
for i in range(3):
    if i:
        break
else:
    i = 0
while i:
    i -= 1
`,
  yieldExpressions: `
def gen():
    x = yield 1
    y = (yield)
    z = (yield i) if False else 0
    print((yield x), (yield from y))
`,
  starTargets: `
def f(x):
    for a, *b in x:
        pass
    [*c] = x
    (d, *e), f2 = x
    return b, c, e
`,
  constantConditions: `
def f(x):
    if 0:
        x = 1
    if True:
        x = 2
    while 0:
        x = 3
    if not 1:
        pass
    return x and 1 or 2
`,
  isNone: `
def f(a, b):
    if a is None or b is not None:
        return 1
    while a is not None:
        a = a.next
    return None if a is None else a
`,
  subIterFastPath: `
def f(xs):
    return [y for x in xs for y in [x * 2]], [y for x in xs for y in (x, 1)]
`,
  emptyBodies: `
def f():
    pass
class C:
    pass
def g():
    """only a docstring"""
def h():
    ...
`,
  docstrings: `
"""Module docstring."""
def f():
    "function docstring"
    return f.__doc__
class C:
    "class docstring"
`,
  slicesAndEllipsis: `
def f(a):
    return a[...], a[1:2, ::3], a[:], a[-1:], a[::-1]
`,
  bytesAndStrings: `
x = b'a\\x00\\xff' + b'"'
y = 'it\\'s' + "\\n\\t\\u00e9\\U0001f600"
`,
  deleteInExcept: `
def f():
    try:
        pass
    except E as e:
        del e
`,
  conditionalImportAlias: `
def f():
    import a.b.c.d as x
    from .. import y
    return x, y
`,
  nestedFinally: `
def f(x):
    try:
        try:
            return g(x)
        finally:
            try:
                h()
            finally:
                k()
    finally:
        m()
`,
  continueInFinally: `
def f(xs):
    for x in xs:
        try:
            g(x)
        finally:
            if x:
                continue
            break
    return 0
`,
  breakInExcept: `
def f(xs):
    for x in xs:
        try:
            g(x)
        except E as e:
            if e:
                break
            continue
        except:
            return
    else:
        return 1
`,
  yieldInFinally: `
def gen(xs):
    with lock:
        try:
            yield from xs
        finally:
            yield 0
`,
  withInTryFinally: `
def f(p):
    try:
        with open(p) as a, open(p) as b:
            return a.read() + b.read()
    finally:
        p.close()
`,
  returnFromExceptWithFinally: `
def f():
    try:
        g()
    except E as e:
        return str(e)
    finally:
        cleanup()
    return None
`,
  complexJumps: `
def f(a, b, c, d):
    if (a and b) or (c and not d):
        return 1
    if a and (b or c) and d:
        return 2
    if not (a and b and c):
        return 3
    while a or b and not c:
        a = c
    x = [i for i in a if i and (b or not i) if c]
    return (a or b) and (c or d)
`,
  compareJumps: `
def f(a, b, c):
    if not a < b < c:
        return 1
    if a == b or b != c and a is not c:
        return 2
    if a in [1, 2] and b not in (3, 4):
        return 3
    return a < b if c else b > a
`,
  decoratorsComplex: `
class C:
    @property
    def p(self):
        return 1
    @p.setter
    def p(self, v):
        pass
    @a.b(c, d=1)
    @staticmethod
    def s():
        pass
`,
  fstringSelfDoc: `
def f(x, y):
    return f"{x=}", f"{x + y = :>10}", f"{x!a}{{literal}}"
`,
  moduleUnpack: `
a, b = 1, 2
a, b = b, a
[c, d] = [3, 4]
e, = f,
(g, h), i = (1, 2), 3
`,
  deleteNested: `
def f(a):
    b = c = d = a
    del (b, [c, d])
    del a.x[0], a.y
`,
  classInFunctionNonlocal: `
def outer():
    count = 0
    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count
    return Counter
`,
  lambdaDefaults: `
fs = [lambda x=i: x for i in range(3)]
g = lambda *, k=[j for j in 'ab']: k
`,
  generatorReturn: `
def gen(x):
    try:
        yield x
    except ValueError:
        return 'stop'
    else:
        yield x + 1
    finally:
        print('done')
`,
  bigConstTuple: `x = (${Array.from({ length: 300 }, (_, i) => i).join(', ')})\n`,
  bigUnpack: `${Array.from({ length: 260 }, (_, i) => `a${i}`).join(', ')} = range(260)\n`,
  manyConsts: `def f():\n    return [${Array.from({ length: 20 }, (_, i) => `"s${i}"`).join(', ')}]\n${Array.from({ length: 270 }, (_, i) => `x${i} = ${i}.5\n`).join('')}`,
  closureInLoop: `
def f(n):
    out = []
    for i in range(n):
        def g():
            return i
        out.append(g)
    return out
`,
  walrusInCondition: `
def f(it):
    while (x := next(it, None)) is not None:
        if (y := x * 2) > 10 and (z := y - 1):
            return z
    return [w for v in it if (w := v) if w]
`,
  tryExceptElseReturn: `
def f(x):
    try:
        y = int(x)
    except (ValueError, TypeError):
        return None
    else:
        return y
`,
  starredCallsMixed: `
def f(a, b, k):
    g(1, 2, *a, 3, *b, **k)
    g(*a, *b)
    o.m(1, *a)
    return g(2, *a, x=1)
`,
  finalReturnNoNone: `
def f(x):
    'doc'
    def g(a=-1):
        pass
    return x
def h(x):
    'doc'
    return x
    y = 5
    if y:
        z()
`,
  duplicatedExits: `
def f(self):
    if self.a >= 0 and self.b and not self.c:
        import warnings
        warnings.warn('unclosed %r' % (self,), ResourceWarning, stacklevel=2)
        self.close()
`,
  percentFormat: `
def f(a, b, c):
    return ('%s and %r' % (a, b), '%-10s|%5.2s|%a' % (a, b, c), '100%% %s' % (a,),
            '%d' % (a,), '%s %s' % (a,), '%s' % (a, b), '%(k)s' % (a,), '%s' % (1, 2), '%s' % a,
            '%s' % (*a,), '%123s' % (a,))
`,
  compareLineInComprehension: `
def f(y, a, b, c):
    r = [x
         for x in y
         if x ==
            1]
    if (a and
        b in c):
        return r
    while (a
           == b):
        a = 1
    assert (a ==
            b)
`,
  functionAnnotations: `
def f(a: int, /, b: 'str' = 1, *args: list[int], c: dict = {}, **kw: a.b) -> None:
    pass
class C:
    def __m(self, __x: int) -> 'C':
        return self
g = lambda x: x
def h(*args: *Ts):
    pass
`,
  futureAnnotations: `
"""Doc."""
from __future__ import annotations
x: List[int] = []
y: Optional[Node]
a.b: int = 1
a[0]: int
def f(p: Node, *q: tuple[int, ...], k: Callable[[int], str] = None, **kw: A | B) -> dict[str, 'X']:
    v: int = 1
    return p
class K:
    attr: ClassVar[int] = 0
    other: lambda x, *y, z=1, **w: (x, y)
    third: f"{x!r:>{y}} {{}}"
    fourth: -1 ** 2 + (a if b else c) * not_ and (x or y)
    fifth: [i for i in range(3) if i] | {1: 2, **d} | {*s} | 1 .real | (lambda: (yield))
    sixth: a[1:2, ::3, ...] < b <= c is not d not in e
    seventh: 1e400 + 2.5 + 'q' + b"z" + (1,) + ()
`,
  numericFolding: `
a = 2 ** 0.5, 10 ** -3, 2 ** -1, 0 ** -1, 0.0 ** -1, (-8.0) ** 2, 1e308 ** 2, 1e308 * 10
b = -7.5 // 2, 7.5 % -2, 1.0 // 0, 5 % 0, 10 ** 20 / 10 ** 10, 2 ** 1000 / 3, 1 / 3, (2 ** 1100) / 1
c = 2 ** 200, 2 ** 64 * 2 ** 64, 1 << 130, 1 << -1, 3 >> 200, -5 // 2, -5 % 3, 7 // -2, ~-1, -True, +False
d = 'ab' * -1, '' * -3, 'x' * 5000, 'ab' * 3, (1, 2) * 200, b'x' * 3, 3 * 'y', True * 'z', 'a' + 'b' * 2
e = 'abc'[-1], (1, 2)[5], b'ab'[0], 'a' % (), '%s' % ('x',), not (), not 'x', not 0.0
`,
};
