window.YTD.like.part0 = [ {
  "like" : {
    "tweetId" : "1127603924451205120",
    "fullText" : "Primer 4 de 8 de la temporada descarregat a Valls! Gràcies a tota la pinya \uD83D\uDE4C",
    "expandedUrl" : "https://twitter.com/i/web/status/1127603924451205120"
  }
}, {
  "like" : {
    "tweetId" : "1120601742619201539",
    "fullText" : "Sant Jordi a la plaça: roses, llibres i un pilar caminant \uD83C\uDF39\uD83D\uDCDA",
    "expandedUrl" : "https://twitter.com/i/web/status/1120601742619201539"
  }
} ]