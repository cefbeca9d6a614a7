window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Tin whistle maker in Ennis, Co. Clare. Brass & aluminium, tuned by ear.\nOrders by DM only. Sessions Thursday nights.",
        "website" : "https://t.co/Qp4vXh2mLs",
        "location" : "Ennis, Co. Clare"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1544083317620908032/Rk7zWq1N.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1302954418760331265/1657031226"
    }
  }
]
