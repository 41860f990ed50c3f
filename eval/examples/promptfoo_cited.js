// promptfoo assertion for an answered question: each [n] marker of the answer is one
// url_citation annotation whose offsets point at that marker (content[start_index:end_index])
// and whose link opens the source viewer with the quoted span. Used by promptfooconfig.yaml.
module.exports = (output, context) => {
  const annotations = (context.metadata && context.metadata.annotations) || [];
  const markers = output.match(/\[\d+\]/g) || [];
  const fail = (reason) => ({ pass: false, score: 0, reason });
  if (annotations.length === 0) return fail('no annotations');
  for (const a of annotations) {
    const c = a.url_citation || {};
    if (a.type !== 'url_citation') return fail(`annotation of type ${a.type}`);
    if (!/^\[\d+\]$/.test(output.slice(c.start_index, c.end_index)))
      return fail(`offsets ${c.start_index}-${c.end_index} are not a marker`);
    if (!/^https?:\/\/.+\/sources\/[^?]+\?start=\d+&end=\d+$/.test(c.url) || !c.title)
      return fail(`link ${c.url}, title ${c.title}`);
  }
  if (annotations.length !== markers.length)
    return fail(`${annotations.length} annotations for ${markers.length} markers`);
  return { pass: true, score: 1, reason: `${annotations.length} url_citation annotations` };
};
