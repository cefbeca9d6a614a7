window.YTD.like.part0 = [
  {
    "like" : {
      "tweetId" : "1933018841765814272",
      "fullText" : "Comet C/2025 F2 is brightening faster than predicted — binoculars before dawn this week 👀 https://t.co/Wc2LnZ7xQa",
      "expandedUrl" : "https://twitter.com/i/web/status/1933018841765814272"
    }
  },
  {
    "like" : {
      "tweetId" : "1925530671283073024",
      "fullText" : "@margo_astro_lyon c'est quoi ton montage pour M13 ? lunette ou Newton ?",
      "expandedUrl" : "https://twitter.com/i/web/status/1925530671283073024"
    }
  },
  {
    "like" : {
      "tweetId" : "1904201187745366016",
      "fullText" : "Éclipse partielle du 29 mars : RDV 11h au parc de la Tête d'Or, lunettes filtrées prêtées sur place ☀️🌑 https://t.co/Gx8dLq2YwE",
      "expandedUrl" : "https://twitter.com/i/web/status/1904201187745366016"
    }
  },
  {
    "like" : {
      "tweetId" : "1889054410937733120",
      "fullText" : "Dark-sky reserve petition for the Monts du Lyonnais reached 5 000 signatures 🎉"
    }
  }
]