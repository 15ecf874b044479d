// methods.ts - loads every built-in type's methods: importing this registers them (natives and
// method tables), in one fixed order, which every thread must share for native indices to agree.
// Owns: that order. Must never: define a method itself; each type's file does.
//
// list_methods comes first: it also holds the helpers the other files share (method
// registration, argument checking). At start-up, after the types exist, init.ts calls
// dict_methods' installTypeAttributes so that `str.lower` and `dict.fromkeys` resolve.

import './list_methods';
import './str_methods';
import './dict_methods';
import './slot_methods';
import './set_methods';
import './number_methods';
import './bytes_methods';
