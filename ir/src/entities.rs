//! Index newtypes for IR entities. Each prints with its prefix and
//! `Debug` equals `Display`, so dumps read like the text format.

use serde::{Deserialize, Serialize};

macro_rules! entity {
    ($(#[$doc:meta])* $name:ident, $prefix:literal) => {
        $(#[$doc])*
        #[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
        #[serde(transparent)]
        pub struct $name(pub u32);

        impl $name {
            #[inline]
            pub fn index(self) -> usize {
                self.0 as usize
            }
            #[inline]
            pub fn new(index: usize) -> Self {
                debug_assert!(index <= u32::MAX as usize, "entity index overflow");
                $name(index as u32)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                write!(f, concat!($prefix, "{}"), self.0)
            }
        }

        impl std::fmt::Debug for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                std::fmt::Display::fmt(self, f)
            }
        }
    };
}

entity!(
    /// A function in [`crate::Module::functions`].
    FuncId, "f");
entity!(
    /// A basic block in [`crate::Function::blocks`].
    BlockId, "bb");
entity!(
    /// A register of a function's frame.
    ValueId, "v");
entity!(
    /// A suspend state (state 0, the start, is implicit; suspends number from 1).
    StateId, "s");
entity!(
    /// A constant in [`crate::Module::consts`].
    ConstId, "c");
entity!(
    /// An interned identifier in [`crate::Module::names`].
    NameId, "n");
