// The transcript page without this script: each time opens the recording at that moment
// (a link with the time in it). With it, and a player on the page, the player jumps there instead.
(function () {
  "use strict";
  var player = document.getElementById("player");
  if (!player) { return; }
  document.addEventListener("click", function (ev) {
    var a = ev.target.closest ? ev.target.closest("a.cue-time[data-ms]") : null;
    if (!a) { return; }
    ev.preventDefault();
    player.currentTime = Number(a.getAttribute("data-ms")) / 1000;
    var played = player.play();
    if (played && played.catch) { played.catch(function () {}); }
    var current = document.querySelector(".cues li.current");
    if (current) { current.classList.remove("current"); }
    a.parentElement.classList.add("current");
  });
})();
