window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Chằm nón lá ở làng Phú Hồ, Huế · Handmade nón bài thơ (poem hats) from Huế · Đặt nón cưới, nón quà tặng qua DM 📮",
        "website" : "https://t.co/Qn7rLa2KcW",
        "location" : "Phú Vang, Huế"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1702208313097841234/Tq4nLw8Z.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1103841402994923047/1694673108"
    }
  }
]