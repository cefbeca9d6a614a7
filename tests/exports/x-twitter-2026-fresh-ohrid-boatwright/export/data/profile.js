window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Градам и поправам охридски чунови 🛶 | Wooden boats on Lake Ohrid, chestnut & pine | работилница во Касаби",
        "website" : "https://t.co/Vb3KdQ8mLe",
        "location" : "Охрид, Македонија"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1917204858102235136/Hn4xQ2Lp.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1127139940989436150/1746013592"
    }
  }
]