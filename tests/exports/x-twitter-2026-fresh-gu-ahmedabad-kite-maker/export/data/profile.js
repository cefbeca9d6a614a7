window.YTD.profile.part0 = [
  {
    "profile" : {
      "description" : {
        "bio" : "પતંગ બનાવું છું, ત્રીજી પેઢી 🪁 Handmade kites from the pols of Ahmedabad · Uttarayan orders open from December",
        "website" : "https://t.co/Qp4vN8xZr2",
        "location" : "અમદાવાદ, ગુજરાત"
      },
      "avatarMediaUrl" : "https://pbs.twimg.com/profile_images/1875201937465102336/Wm7qLz3K.jpg",
      "headerMediaUrl" : "https://pbs.twimg.com/profile_banners/1191722465261431068/1735896204"
    }
  }
]