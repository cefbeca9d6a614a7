window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Motorista de lancha rápida Iquitos–Santa Rosa desde 2012. Horarios, niveles del río y avisos de embarque. Pasajes por DM 🛶",
        "website" : "https://t.co/Rk4vPz8QnL",
        "location" : "Iquitos, Loreto"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1763011298760196096/Hq2bT9xW.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1272298048239701301/1709244812"
    }
  }
]