window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1910367682163638281",
      "fullText" : "Hoy en Belén: el mercado flotante abre desde las 4 am, lleguen temprano por el paiche fresco 🐟",
      "expandedUrl" : "https://twitter.com/i/web/status/1910367682163638281"
    }
  },
  {
    "like" : {
      "tweetId" : "1890206774326198290",
      "fullText" : "https://t.co/Nf4bTq2ZyE",
      "expandedUrl" : "https://twitter.com/i/web/status/1890206774326198290"
    }
  }
]