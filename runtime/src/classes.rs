//! Built-in classes: the types of built-in values and the built-in
//! exception hierarchy, as class objects so `isinstance(x, int)` and
//! `except RuntimeError` work.
//!
//! Invariant: class `c` lives in heap slot `c as u32` (allocated first by
//! [`crate::heap::Heap::new`]), so `ClassId` ↔ `ObjRef` is a cast.

use crate::value::ObjRef;
use serde::{Deserialize, Serialize};

macro_rules! classes {
    ($( $id:ident = $name:literal : $base:ident $(, $module:literal)? ;)*) => {
        /// A built-in class.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[repr(u8)]
        pub enum ClassId { $($id,)* }

        impl ClassId {
            pub const ALL: &'static [ClassId] = &[$(ClassId::$id,)*];

            /// `__name__`.
            pub fn name(self) -> &'static str {
                match self { $(ClassId::$id => $name,)* }
            }

            /// The single base class (`object` is its own root).
            pub fn base(self) -> ClassId {
                match self { $(ClassId::$id => ClassId::$base,)* }
            }

            /// `__module__` for classes outside `builtins`.
            pub fn module(self) -> Option<&'static str> {
                match self { $(ClassId::$id => classes!(@module $($module)?),)* }
            }
        }
    };
    (@module) => { None };
    (@module $m:literal) => { Some($m) };
}

classes! {
    Object = "object": Object;
    Type = "type": Object;
    NoneType = "NoneType": Object;
    Bool = "bool": Int;
    Int = "int": Object;
    Float = "float": Object;
    Str = "str": Object;
    Bytes = "bytes": Object;
    ByteArray = "bytearray": Object;
    List = "list": Object;
    Tuple = "tuple": Object;
    Dict = "dict": Object;
    Set = "set": Object;
    FrozenSet = "frozenset": Object;
    Range = "range": Object;
    Slice = "slice": Object;
    Function = "function": Object;
    BuiltinFunction = "builtin_function_or_method": Object;
    MethodDescriptor = "method_descriptor": Object;
    Coroutine = "coroutine": Object;
    Generator = "generator": Object;
    Future = "Future": Object, "_asyncio";
    Task = "Task": Future, "_asyncio";
    Module = "module": Object;
    Cell = "cell": Object;
    Iterator = "iterator": Object;
    DictKeys = "dict_keys": Object;
    DictValues = "dict_values": Object;
    DictItems = "dict_items": Object;
    Ellipsis = "ellipsis": Object;
    Capability = "capability": Object;
    Enumerate = "enumerate": Object;
    Zip = "zip": Object;
    Reversed = "reversed": Object;
    Map = "map": Object;
    Filter = "filter": Object;
    Property = "property": Object;
    StaticMethod = "staticmethod": Object;
    ClassMethod = "classmethod": Object;
    Super = "super": Object;
    BoundMethod = "method": Object;
    NotImplementedType = "NotImplementedType": Object;
    BaseException = "BaseException": Object;
    Exception = "Exception": BaseException;
    ArithmeticError = "ArithmeticError": Exception;
    ZeroDivisionError = "ZeroDivisionError": ArithmeticError;
    OverflowError = "OverflowError": ArithmeticError;
    FloatingPointError = "FloatingPointError": ArithmeticError;
    LookupError = "LookupError": Exception;
    KeyError = "KeyError": LookupError;
    IndexError = "IndexError": LookupError;
    ValueError = "ValueError": Exception;
    UnicodeError = "UnicodeError": ValueError;
    TypeError = "TypeError": Exception;
    NameError = "NameError": Exception;
    UnboundLocalError = "UnboundLocalError": NameError;
    AttributeError = "AttributeError": Exception;
    RuntimeError = "RuntimeError": Exception;
    RecursionError = "RecursionError": RuntimeError;
    NotImplementedError = "NotImplementedError": RuntimeError;
    StopIteration = "StopIteration": Exception;
    StopAsyncIteration = "StopAsyncIteration": Exception;
    AssertionError = "AssertionError": Exception;
    ImportError = "ImportError": Exception;
    ModuleNotFoundError = "ModuleNotFoundError": ImportError;
    OSError = "OSError": Exception;
    TimeoutError = "TimeoutError": OSError;
    ConnectionError = "ConnectionError": OSError;
    PermissionError = "PermissionError": OSError;
    FileNotFoundError = "FileNotFoundError": OSError;
    MemoryError = "MemoryError": Exception;
    BufferError = "BufferError": Exception;
    EOFError = "EOFError": Exception;
    SyntaxError = "SyntaxError": Exception;
    SystemError = "SystemError": Exception;
    Warning = "Warning": Exception;
    UserWarning = "UserWarning": Warning;
    DeprecationWarning = "DeprecationWarning": Warning;
    RuntimeWarning = "RuntimeWarning": Warning;
    CancelledError = "CancelledError": BaseException, "asyncio.exceptions";
    InvalidStateError = "InvalidStateError": Exception, "asyncio.exceptions";
    QueueEmpty = "QueueEmpty": Exception, "asyncio.queues";
    QueueFull = "QueueFull": Exception, "asyncio.queues";
    BaseExceptionGroup = "BaseExceptionGroup": BaseException;
    ExceptionGroup = "ExceptionGroup": Exception;
    AsyncGenerator = "async_generator": Object;
    AsyncGenAwaitable = "async_generator_asend": Object;
    Lock = "Lock": Object, "asyncio.locks";
    Event = "Event": Object, "asyncio.locks";
    Semaphore = "Semaphore": Object, "asyncio.locks";
    BoundedSemaphore = "BoundedSemaphore": Semaphore, "asyncio.locks";
    Queue = "Queue": Object, "asyncio.queues";
    TaskGroup = "TaskGroup": Object, "asyncio.taskgroups";
    Timeout = "Timeout": Object, "asyncio.timeouts";
    PriorityQueue = "PriorityQueue": Queue, "asyncio.queues";
    LifoQueue = "LifoQueue": Queue, "asyncio.queues";
    EventLoop = "_UnixSelectorEventLoop": Object, "asyncio.unix_events";
    Handle = "Handle": Object, "asyncio.events";
    TimerHandle = "TimerHandle": Handle, "asyncio.events";
    // Standard-library classes (see `crate::modules`).
    TypingAlias = "_GenericAlias": Object, "typing";
    JSONDecodeError = "JSONDecodeError": ValueError, "json.decoder";
    ReError = "error": Exception, "re";
    RePattern = "Pattern": Object, "re";
    ReMatch = "Match": Object, "re";
    Deque = "deque": Object, "collections";
    DefaultDict = "defaultdict": Dict, "collections";
    Counter = "Counter": Dict, "collections";
    OrderedDict = "OrderedDict": Dict, "collections";
    Partial = "partial": Object, "functools";
    LruWrapper = "_lru_cache_wrapper": Object, "functools";
    CmpKey = "KeyWrapper": Object, "functools";
    ItertoolsCount = "count": Object, "itertools";
    ItertoolsCycle = "cycle": Object, "itertools";
    ItertoolsRepeat = "repeat": Object, "itertools";
    ItertoolsChain = "chain": Object, "itertools";
    ItertoolsISlice = "islice": Object, "itertools";
    ItertoolsAccumulate = "accumulate": Object, "itertools";
    ItertoolsZipLongest = "zip_longest": Object, "itertools";
    ItertoolsPairwise = "pairwise": Object, "itertools";
    ItertoolsCompress = "compress": Object, "itertools";
    ItertoolsStarMap = "starmap": Object, "itertools";
    ItertoolsTakeWhile = "takewhile": Object, "itertools";
    ItertoolsDropWhile = "dropwhile": Object, "itertools";
    ItertoolsFilterFalse = "filterfalse": Object, "itertools";
    ItertoolsGroupBy = "groupby": Object, "itertools";
    ItertoolsGrouper = "_grouper": Object, "itertools";
    StatisticsError = "StatisticsError": ValueError, "statistics";
    Random = "Random": Object, "random";
    Date = "date": Object, "datetime";
    DateTime = "datetime": Date, "datetime";
    TimeDelta = "timedelta": Object, "datetime";
    FrozenInstanceError = "FrozenInstanceError": AttributeError, "dataclasses";
    KeyboardInterrupt = "KeyboardInterrupt": BaseException;
    GeneratorExit = "GeneratorExit": BaseException;
    SystemExit = "SystemExit": BaseException;
    // The rest of CPython's built-in exception hierarchy.
    UnicodeDecodeError = "UnicodeDecodeError": UnicodeError;
    UnicodeEncodeError = "UnicodeEncodeError": UnicodeError;
    UnicodeTranslateError = "UnicodeTranslateError": UnicodeError;
    IndentationError = "IndentationError": SyntaxError;
    TabError = "TabError": IndentationError;
    ReferenceError = "ReferenceError": Exception;
    BlockingIOError = "BlockingIOError": OSError;
    ChildProcessError = "ChildProcessError": OSError;
    FileExistsError = "FileExistsError": OSError;
    InterruptedError = "InterruptedError": OSError;
    IsADirectoryError = "IsADirectoryError": OSError;
    NotADirectoryError = "NotADirectoryError": OSError;
    ProcessLookupError = "ProcessLookupError": OSError;
    BrokenPipeError = "BrokenPipeError": ConnectionError;
    ConnectionAbortedError = "ConnectionAbortedError": ConnectionError;
    ConnectionRefusedError = "ConnectionRefusedError": ConnectionError;
    ConnectionResetError = "ConnectionResetError": ConnectionError;
    BytesWarning = "BytesWarning": Warning;
    EncodingWarning = "EncodingWarning": Warning;
    FutureWarning = "FutureWarning": Warning;
    ImportWarning = "ImportWarning": Warning;
    PendingDeprecationWarning = "PendingDeprecationWarning": Warning;
    ResourceWarning = "ResourceWarning": Warning;
    SyntaxWarning = "SyntaxWarning": Warning;
    UnicodeWarning = "UnicodeWarning": Warning;
    // `sys`, `hashlib`, `binascii` (see `crate::modules::{sys, hashlib, binascii}`).
    TextIOWrapper = "TextIOWrapper": Object, "_io";
    Hash = "HASH": Object, "_hashlib";
    Blake2b = "blake2b": Object, "_blake2";
    Blake2s = "blake2s": Object, "_blake2";
    Hmac = "HMAC": Object, "hmac";
    UnsupportedDigestmodError = "UnsupportedDigestmodError": ValueError, "_hashlib";
    BinasciiError = "Error": ValueError, "binascii";
    BinasciiIncomplete = "Incomplete": Exception, "binascii";
}

impl ClassId {
    #[inline]
    pub fn obj(self) -> ObjRef {
        ObjRef(self as u32)
    }

    /// The class stored in heap slot `r`, if `r` is a built-in class.
    pub fn from_obj(r: ObjRef) -> Option<ClassId> {
        ClassId::ALL.get(r.index()).copied()
    }

    /// `self` is `other` or derives from it.
    pub fn is_subclass(self, other: ClassId) -> bool {
        // The one built-in class with two bases: ExceptionGroup(BaseExceptionGroup, Exception).
        if self == ClassId::ExceptionGroup && other == ClassId::BaseExceptionGroup {
            return true;
        }
        let mut c = self;
        loop {
            if c == other {
                return true;
            }
            let b = c.base();
            if b == c {
                return other == ClassId::Object;
            }
            c = b;
        }
    }

    pub fn is_exception(self) -> bool {
        self.is_subclass(ClassId::BaseException)
    }

    /// The dotted name used in tracebacks (`asyncio.exceptions.CancelledError`).
    pub fn qualified_name(self) -> String {
        match self.module() {
            Some(m) => format!("{m}.{}", self.name()),
            None => self.name().to_string(),
        }
    }

    /// Exception classes that are visible as builtins.
    pub fn is_builtin_name(self) -> bool {
        self.is_exception() && self.module().is_none()
    }

    /// Looks a built-in exception class up by name (capability errors).
    pub fn exception_by_name(name: &str) -> Option<ClassId> {
        let name = name.rsplit('.').next().unwrap_or(name);
        ClassId::ALL
            .iter()
            .copied()
            .find(|c| c.is_exception() && c.name() == name)
    }
}

#[cfg(test)]
mod tests {
    use super::ClassId;

    #[test]
    fn hierarchy() {
        assert!(ClassId::ZeroDivisionError.is_subclass(ClassId::Exception));
        assert!(ClassId::Bool.is_subclass(ClassId::Int));
        assert!(!ClassId::CancelledError.is_subclass(ClassId::Exception));
        assert!(ClassId::Int.is_subclass(ClassId::Object));
        assert_eq!(
            ClassId::from_obj(ClassId::KeyError.obj()),
            Some(ClassId::KeyError)
        );
    }
}
