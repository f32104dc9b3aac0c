#ifndef HEAP_TRIMMING_H
#define HEAP_TRIMMING_H

/// Keeps memory freed at the top of the heap for the next allocation instead of handing it back
/// to the kernel at once (glibc's `mallopt`, which Swift's Glibc module does not import; nothing
/// elsewhere).
///
/// SQLite builds an ephemeral b-tree, with a page cache of its own, for every run of a statement
/// that checks a value against a constant list of more than two (`persons.category` and
/// `persons.status`, among others), and frees it when the statement ends: twice for every person
/// an import adds or `verify` replays. glibc gives free memory back as soon as more than 128 KiB of
/// it lies at the top of the heap, so every row cost a `brk` down, a `brk` up and freshly zeroed
/// pages faulted in, about a sixth of an import's CPU time. A threshold of 64 MiB keeps that memory
/// for the next row; it only delays giving back what is already free and never raises a peak.
void heap_trimming_keep_freed_memory(void);

#endif
