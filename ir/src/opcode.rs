//! Stable snake_case opcode names of instructions and terminators, shared
//! by the text and dot printers and by verifier messages.

use crate::{InstKind, Terminator};

impl InstKind {
    /// The opcode name as printed (`get_attr`, `call_method`, ...).
    pub fn opcode(&self) -> &'static str {
        use InstKind::*;
        match self {
            Const { .. } => "const",
            Move { .. } => "move",
            CheckBound { .. } => "check_bound",
            Unbind { .. } => "unbind",
            LoadGlobal { .. } => "load_global",
            LoadBuiltin { .. } => "load_builtin",
            LoadName { .. } => "load_name",
            StoreName { .. } => "store_name",
            DeleteName { .. } => "delete_name",
            BuildClass { .. } => "build_class",
            TypeOf { .. } => "type_of",
            GetAIter { .. } => "get_aiter",
            GetANext { .. } => "get_anext",
            GetYieldFromIter { .. } => "get_yield_from_iter",
            PrepareWith { .. } => "prepare_with",
            StoreGlobal { .. } => "store_global",
            DeleteGlobal { .. } => "delete_global",
            MakeCell { .. } => "make_cell",
            LoadCell { .. } => "load_cell",
            StoreCell { .. } => "store_cell",
            MakeFunction { .. } => "make_function",
            Call { .. } => "call",
            CallEx { .. } => "call_ex",
            CallMethod { .. } => "call_method",
            GetAttr { .. } => "get_attr",
            SetAttr { .. } => "set_attr",
            DelAttr { .. } => "del_attr",
            GetItem { .. } => "get_item",
            SetItem { .. } => "set_item",
            DelItem { .. } => "del_item",
            BuildSlice { .. } => "build_slice",
            Binary { .. } => "binary",
            Unary { .. } => "unary",
            Compare { .. } => "compare",
            BinaryConst { .. } => "binary_const",
            CompareConst { .. } => "compare_const",
            Truthy { .. } => "truthy",
            BuildList { .. } => "build_list",
            BuildTuple { .. } => "build_tuple",
            BuildSet { .. } => "build_set",
            BuildDict { .. } => "build_dict",
            ListAppend { .. } => "list_append",
            ListExtend { .. } => "list_extend",
            SetAdd { .. } => "set_add",
            DictSet { .. } => "dict_set",
            DictUpdate { .. } => "dict_update",
            ListToTuple { .. } => "list_to_tuple",
            FormatValue { .. } => "format_value",
            BuildString { .. } => "build_string",
            GetIter { .. } => "get_iter",
            UnpackSequence { .. } => "unpack_sequence",
            UnpackEx { .. } => "unpack_ex",
            Import { .. } => "import",
            ImportFrom { .. } => "import_from",
            GetAwaitable { .. } => "get_awaitable",
            LoadException { .. } => "load_exception",
            ExceptionMatch { .. } => "exception_match",
            PushHandled { .. } => "push_handled",
            PopHandled => "pop_handled",
            LoadHandled { .. } => "load_handled",
            MatchSequence { .. } => "match_sequence",
            MatchMapping { .. } => "match_mapping",
            MatchClass { .. } => "match_class",
            ExceptStarMatch { .. } => "except_star_match",
            ExceptStarReraise { .. } => "except_star_reraise",
        }
    }
}

impl Terminator {
    /// The terminator name as printed (`jump`, `suspend`, ...).
    pub fn opcode(&self) -> &'static str {
        match self {
            Terminator::Jump { .. } => "jump",
            Terminator::Branch { .. } => "branch",
            Terminator::ForIter { .. } => "for_iter",
            Terminator::Return { .. } => "return",
            Terminator::Raise { .. } => "raise",
            Terminator::Reraise { .. } => "reraise",
            Terminator::Suspend { .. } => "suspend",
            Terminator::Unreachable => "unreachable",
        }
    }
}
