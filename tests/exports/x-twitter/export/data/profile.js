window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Urban planner. Bikes, open data, jollof debates. Views my own.",
        "website" : "https://t.co/Pr0fIlEx01",
        "location" : "Manchester, UK"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1460000000000000001/ExAmPlE_400x400.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1460000000000000001/1636881164"
    }
  }
]