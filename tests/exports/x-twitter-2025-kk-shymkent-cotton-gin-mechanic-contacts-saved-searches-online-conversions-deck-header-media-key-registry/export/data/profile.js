window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "Мақта тазалау зауытының механигі 🛠 Шымкент. Араның тістері, подшипниктер және көк шай ☕",
        "website" : "https://t.co/Vk3mQp8ZrT",
        "location" : "Шымкент, Қазақстан"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1716402298415517697/Xq4n_Lw8.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1301847265930117120/1719212406"
    }
  }
]