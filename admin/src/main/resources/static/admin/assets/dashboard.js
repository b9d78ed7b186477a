// The dashboard's two charts, drawn with Chart.js from the JSON in the charts section's data-charts
// attribute. Without JavaScript the page still shows every figure as text.
(function () {
  "use strict";
  var section = document.querySelector("[data-charts]");
  if (!section || !window.Chart) {
    return;
  }
  var data = JSON.parse(section.getAttribute("data-charts"));
  var common = {
    responsive: true,
    maintainAspectRatio: false,
    animation: false,
    plugins: {legend: {display: false}},
    scales: {y: {beginAtZero: true, ticks: {precision: 0}}}
  };
  new Chart(document.getElementById("chart-per-day"), {
    type: "bar",
    data: {labels: data.days, datasets: [{label: "Câu hỏi", data: data.questions, backgroundColor: "#124e78"}]},
    options: common
  });
  new Chart(document.getElementById("chart-outcomes"), {
    type: "bar",
    data: {
      labels: data.outcomes,
      datasets: [{label: "Số lượt", data: data.outcomeCounts,
        backgroundColor: ["#188038", "#0b57d0", "#b06000", "#a50e0e"]}]
    },
    options: Object.assign({}, common, {indexAxis: "y", scales: {x: {beginAtZero: true, ticks: {precision: 0}}}})
  });
  section.classList.add("drawn");
})();
