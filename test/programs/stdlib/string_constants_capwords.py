# string: the character-class constants (exact text and order) and capwords().
import string

for name in ['ascii_letters', 'ascii_lowercase', 'ascii_uppercase', 'digits', 'hexdigits', 'octdigits', 'punctuation', 'printable', 'whitespace']:
    value = getattr(string, name)
    print(name, repr(value), len(value))
print(string.ascii_letters == string.ascii_lowercase + string.ascii_uppercase)
print(string.printable == string.digits + string.ascii_letters + string.punctuation + string.whitespace)
print(all(c in string.printable for c in 'Hello, World!\n'), '\x00' in string.printable)
print(sorted(set(string.hexdigits.lower())) == sorted('0123456789abcdef'))
text = 'The quick brown fox jumps over 13 lazy dogs!'
print(sum(c in string.ascii_uppercase for c in text), sum(c in string.digits for c in text), sum(c in string.punctuation for c in text))
print(''.join(c for c in text if c not in string.whitespace))
table = {c: i for i, c in enumerate(string.ascii_lowercase)}
print(table['a'], table['z'], [string.ascii_uppercase[(table[c] + 13) % 26] for c in 'hello'])
print(string.capwords('  hello   world  '), string.capwords('hELLO wORLD'), string.capwords('a-b-c', '-'))
print(repr(string.capwords('')), string.capwords('x  y', ' '), string.capwords(s='one two', sep=None))
print(string.capwords("they're bill's friends"), string.capwords('tab\tseparated\nlines'))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('no args', lambda: string.capwords())
attempt('int', lambda: string.capwords(5))
attempt('empty sep', lambda: string.capwords('a b', ''))
attempt('int sep', lambda: string.capwords('a b', 5))
attempt('zero sep', lambda: string.capwords('a b', 0))
attempt('3 args', lambda: string.capwords('a', 'b', 'c'))
