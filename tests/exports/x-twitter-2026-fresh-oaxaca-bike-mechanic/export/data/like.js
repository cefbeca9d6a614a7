window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1902709877109846016",
      "fullText" : "Mañana cerramos la calle Macedonio Alcalá de 8 a 12 para el paseo dominical. Traigan agua 💧 https://t.co/Pq8LmN3vXa",
      "expandedUrl" : "https://twitter.com/i/web/status/1902709877109846016"
    }
  },
  {
    "like" : {
      "tweetId" : "1884175591668056064",
      "fullText" : "This Post is from a suspended account. {learnmore}",
      "expandedUrl" : "https://twitter.com/i/web/status/1884175591668056064"
    }
  },
  {
    "like" : {
      "tweetId" : "1862996491370291200",
      "fullText" : "@itzel_rayos gracias por dejar la Benotto como nueva, rueda mejor que cuando la compré mi papá en el 98",
      "expandedUrl" : "https://twitter.com/i/web/status/1862996491370291200"
    }
  }
]