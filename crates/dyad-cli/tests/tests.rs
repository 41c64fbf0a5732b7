//! Integration tests that drive the real dyad binary.
