//! The ids of each segment's documents, for rankings: a `key` fast column (every kind but
//! transcript cues, which are many and never ranked) maps a document to an ordinal, and the
//! ordinals' ids are read whole once per segment — segments never change — since the column's
//! dictionary is compressed by blocks and reading ids one by one would decompress a block each.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};
use tantivy::index::SegmentId;
use tantivy::{DocId, IndexReader, SegmentReader, TantivyError};

/// The name of the `key` column.
pub(crate) const KEY: &str = "key";

/// One segment's ids.
pub(crate) struct SegmentKeys {
    column: Option<tantivy::columnar::StrColumn>,
    ids: Vec<Box<str>>,
}

impl SegmentKeys {
    fn read(segment: &SegmentReader) -> tantivy::Result<SegmentKeys> {
        let column = segment.fast_fields().str(KEY)?;
        let mut ids = Vec::new();
        if let Some(c) = &column {
            let mut terms = c.dictionary().stream()?;
            while terms.advance() {
                ids.push(String::from_utf8_lossy(terms.key()).into());
            }
        }
        Ok(SegmentKeys { column, ids })
    }

    /// The id of a document, None for one without a key.
    pub(crate) fn of(&self, doc: DocId) -> Option<&str> {
        let ord = self.column.as_ref()?.term_ords(doc).next()?;
        self.ids.get(usize::try_from(ord).ok()?).map(|s| &**s)
    }
}

/// The keys of the segments read so far.
#[derive(Default)]
pub(crate) struct KeyCache(Mutex<HashMap<SegmentId, Arc<SegmentKeys>>>);

impl KeyCache {
    /// A segment's keys, read when new; the keys of segments the reader no longer has leave.
    pub(crate) fn get(
        &self,
        segment: &SegmentReader,
        reader: &IndexReader,
    ) -> tantivy::Result<Arc<SegmentKeys>> {
        let id = segment.segment_id();
        let lock = || self.0.lock().map_err(|_| TantivyError::Poisoned);
        if let Some(k) = lock()?.get(&id) {
            return Ok(k.clone());
        }
        let k = Arc::new(SegmentKeys::read(segment)?);
        let live: HashSet<SegmentId> = reader
            .searcher()
            .segment_readers()
            .iter()
            .map(|s| s.segment_id())
            .collect();
        let mut cache = lock()?;
        cache.retain(|s, _| live.contains(s));
        cache.insert(id, k.clone());
        Ok(k)
    }
}
