window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Luthière à Mirecourt. Violons, altos, réparations. Bois, colle chaude et patience. FR/EN",
        "website" : "https://t.co/CffkXNd0M8",
        "location" : "Mirecourt, Vosges"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1702218840137359360/S34yTqHS.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1178496023417856001/1694601337"
    }
  }
]