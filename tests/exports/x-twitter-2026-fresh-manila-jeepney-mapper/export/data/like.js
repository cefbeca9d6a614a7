window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1994239824491770928",
      "fullText" : "Bagong layer sa mapa: lahat ng UV Express terminal sa Pasig. Open data, libre gamitin 🗺️",
      "expandedUrl" : "https://twitter.com/i/web/status/1994239824491770928"
    }
  },
  {
    "like" : {
      "tweetId" : "1991839004882509646",
      "fullText" : "Paalala: sarado ang Aurora Blvd underpass ngayong gabi, 10pm hanggang 4am. Mag-ingat sa paglipat ng sakayan.",
      "expandedUrl" : "https://twitter.com/i/web/status/1991839004882509646"
    }
  },
  {
    "like" : {
      "tweetId" : "1990714092550582507",
      "fullText" : "@ligaya_ruta salamat sa oras kanina! Lalabas ang story sa Lunes.",
      "expandedUrl" : "https://twitter.com/i/web/status/1990714092550582507"
    }
  }
]