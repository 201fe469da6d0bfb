//! pycps
