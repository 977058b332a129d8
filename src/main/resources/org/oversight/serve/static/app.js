// The only script, and the pages work without it. On a document, bring the hit followed from a search into view;
// in a compare table, allow at most three responses to be chosen for side-by-side reading.
document.addEventListener('DOMContentLoaded', function () {
  var hit = document.querySelector('.passage.hit');
  if (hit && !location.hash) hit.scrollIntoView({block: 'center'});
  var boxes = document.querySelectorAll('#read-form input[name=doc]');
  function limit() {
    var chosen = Array.prototype.filter.call(boxes, function (b) { return b.checked; }).length;
    boxes.forEach(function (b) { b.disabled = !b.checked && chosen >= 3; });
  }
  boxes.forEach(function (b) { b.addEventListener('change', limit); });
  document.body.dataset.script = 'ran';
});
